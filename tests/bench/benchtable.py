#!/usr/bin/env python3
"""Turns the JSON lines written by the benchmark executables into one table on stdout and one
JSON document (machine, mode, rows). Usage: benchtable.py ROWS.jsonl OUT.json [--quick]"""
import json
import os
import platform
import subprocess
import sys


def machine():
    def run(command):
        try:
            return subprocess.run(command, capture_output=True, text=True, check=False).stdout
        except OSError:
            return ''
    model = next((line.split(':', 1)[1].strip() for line in run(['lscpu']).splitlines()
                  if line.startswith('Model name')), platform.processor())
    memory = next((line.split()[1] for line in open('/proc/meminfo') if line.startswith('MemTotal')),
                  '0') if os.path.exists('/proc/meminfo') else '0'
    return {
        'cpus': os.cpu_count(),
        'cpu': model,
        'memoryGiB': round(int(memory) / 1024 / 1024, 1),
        'load': os.getloadavg() if hasattr(os, 'getloadavg') else None,
        'kernel': platform.release(),
    }


def number(value):
    if value is None:
        return '-'
    if abs(value) >= 100:
        return f'{value:.0f}'
    if abs(value) >= 10:
        return f'{value:.1f}'
    return f'{value:.3g}'


def main():
    rows_path, out_path = sys.argv[1], sys.argv[2]
    quick = '--quick' in sys.argv[3:]
    rows = []
    with open(rows_path) as rows_file:
        for line in rows_file:
            if line.strip():
                rows.append(json.loads(line))
    header = ['what', 'unit', 'median', 'p95', 'p99', 'max', 'baseline', 'ratio', 'target', 'met?']
    table = [header]
    for row in rows:
        met = row.get('met')
        table.append([
            row['what'], row['unit'], number(row['median']), number(row.get('p95')),
            number(row.get('p99')), number(row.get('max')),
            (number(row['baseline']) + ' ' + row['baselineName']) if row.get('baseline') is not None else '-',
            number(row.get('ratio')), row.get('target') or '-',
            '-' if met is None else ('yes' if met else 'NO'),
        ])
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for index, line in enumerate(table):
        print('  '.join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        if index == 0:
            print('  '.join('-' * width for width in widths))
    missed = [row['what'] for row in rows if row.get('met') is False]
    print(f'\n{len(rows)} rows, {len(missed)} targets missed' + (':' if missed else ''))
    for what in missed:
        print(f'  {what}')
    document = {'mode': 'quick' if quick else 'full', 'machine': machine(), 'rows': rows}
    with open(out_path, 'w') as out:
        json.dump(document, out, indent=2)
    print(f'written: {out_path}')


if __name__ == '__main__':
    main()
