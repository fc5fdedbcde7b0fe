#pragma once

#include <QApplication>
#include <QtTest>

// Environment for tests that run real WebEngine pages: offscreen, sandbox off (tests run as
// root on CI; the shipped app never does this), fake media devices. ctest sets the same
// variables; this makes a test binary started by hand behave the same.
void prepareWebEngineEnvironment();

// Like QTEST_MAIN, but registers CallDock's host scheme before the QApplication exists.
#define CALLDOCK_WEBENGINE_TEST_MAIN(TestClass)                                                    \
    int main(int argc, char **argv) {                                                              \
        prepareWebEngineEnvironment();                                                             \
        HostPage::registerScheme();                                                                \
        QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                    \
        QApplication app(argc, argv);                                                              \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
