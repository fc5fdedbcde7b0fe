#include "protocolwriter.h"
#include "responder.h"

#include <QJsonArray>
#include <QtTest>

class TestResponder final : public QObject {
    Q_OBJECT

private slots:
    void answersExactlyOnce();
    void deadlineSendsFallback();
    void deadlineWithoutFallbackSendsError();
    void widgetDeadlines();
};

struct Sent {
    QString id;
    QJsonObject response;
};

void TestResponder::answersExactlyOnce() {
    QList<Sent> sent;
    const Responder responder(QStringLiteral("r1"), QStringLiteral("/callLogger"), 10'000,
                              [&sent](const QString &id, const QJsonObject &response) {
                                  sent.append({id, response});
                              });
    const Responder copy = responder;
    QVERIFY(!responder.isAnswered());
    copy.acknowledge();
    responder.fail(QStringLiteral("too late"));
    copy.answerMatch({});
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().id, QStringLiteral("r1"));
    QCOMPARE(sent.first().response, ProtocolWriter::loggerAck());
    QVERIFY(responder.isAnswered());
}

void TestResponder::deadlineSendsFallback() {
    QList<Sent> sent;
    const Responder responder(QStringLiteral("m1"), QStringLiteral("/callLogger/match"), 50,
                              [&sent](const QString &id, const QJsonObject &response) {
                                  sent.append({id, response});
                              });
    const QList<Protocol::MatchEntry> pending{Protocol::MatchEntry::withStatus(
        QStringLiteral("s1"), Protocol::MatchStatus::Pending, QStringLiteral("busy"))};
    responder.setFallbackMatch(pending);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
    QCOMPARE(sent.first().response, ProtocolWriter::matchResponse(pending));
    responder.answerMatch({}); // the handler finishes late: nothing more is sent
    QTest::qWait(100);
    QCOMPARE(sent.size(), 1);
}

void TestResponder::deadlineWithoutFallbackSendsError() {
    QList<Sent> sent;
    const Responder responder(QStringLiteral("x"), QStringLiteral("/other"), 30,
                              [&sent](const QString &id, const QJsonObject &response) {
                                  sent.append({id, response});
                              });
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
    QVERIFY(sent.first().response.contains(QLatin1String("error")));
}

void TestResponder::widgetDeadlines() {
    const QString logger = QStringLiteral("/callLogger");
    const QString matcher = QStringLiteral("/callLogger/match");
    // Each answer must leave before the widget's own timeout (15 s, 30 s, 3 s).
    const int loggerDeadline = Responder::deadlineFor(logger, logger, matcher);
    const int matchDeadline = Responder::deadlineFor(matcher, logger, matcher);
    const int otherDeadline = Responder::deadlineFor(QStringLiteral("/x"), logger, matcher);
    QVERIFY(loggerDeadline > 5'000 && loggerDeadline < 15'000);
    QVERIFY(matchDeadline > 15'000 && matchDeadline < 30'000);
    QVERIFY(otherDeadline > 1'000 && otherDeadline < 3'000);
}

QTEST_GUILESS_MAIN(TestResponder)
#include "tst_responder.moc"
