#include "instancemessage.h"

#include <QtEndian>
#include <QtTest>

class TestInstanceMessage final : public QObject {
    Q_OBJECT

private slots:
    void roundTripInPieces();
    void rejectsOversizedFrame();
    void rejectsMalformedPayloads_data();
    void rejectsMalformedPayloads();
    void acknowledgement();
};

void TestInstanceMessage::roundTripInPieces() {
    const QStringList arguments{QStringLiteral("calldock"), QStringLiteral("tel:+15551234567"),
                                QStringLiteral("ünïcode")};
    const QByteArray wire = InstanceMessage::encodeArguments(arguments);
    InstanceMessage::Reader reader;
    for (qsizetype i = 0; i < wire.size() - 1; ++i) {
        QCOMPARE(reader.feed(wire.mid(i, 1)), InstanceMessage::Reader::Status::NeedMore);
    }
    QCOMPARE(reader.feed(wire.right(1)), InstanceMessage::Reader::Status::Complete);
    QCOMPARE(InstanceMessage::decodeArguments(reader.frame()).value(), arguments);
}

void TestInstanceMessage::rejectsOversizedFrame() {
    QByteArray header(4, '\0');
    qToBigEndian(quint32(InstanceMessage::kMaxFrameBytes + 1), header.data());
    InstanceMessage::Reader reader;
    QCOMPARE(reader.feed(header), InstanceMessage::Reader::Status::Invalid);
    QCOMPARE(reader.feed("more"), InstanceMessage::Reader::Status::Invalid);
}

void TestInstanceMessage::rejectsMalformedPayloads_data() {
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("not json") << QByteArray("hello");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("wrong version") << QByteArray(R"({"v":2,"args":[]})");
    QTest::newRow("args not array") << QByteArray(R"({"v":1,"args":"x"})");
    QTest::newRow("non-string arg") << QByteArray(R"({"v":1,"args":["a",1]})");
}

void TestInstanceMessage::rejectsMalformedPayloads() {
    QFETCH(QByteArray, payload);
    QVERIFY(!InstanceMessage::decodeArguments(payload).has_value());
}

void TestInstanceMessage::acknowledgement() {
    InstanceMessage::Reader reader;
    QCOMPARE(reader.feed(InstanceMessage::encodeAcknowledgement()),
             InstanceMessage::Reader::Status::Complete);
    QVERIFY(InstanceMessage::decodeAcknowledgement(reader.frame()));
    QVERIFY(!InstanceMessage::decodeAcknowledgement(QByteArray(R"({"v":1,"ok":false})")));
}

QTEST_GUILESS_MAIN(TestInstanceMessage)
#include "tst_instancemessage.moc"
