using Weijian.Platform.Publication;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Platform.Publication;

/// <summary>What a public page must never show of a natural person (R-TRS-4; DESIGN §2): ID numbers, phones; names masked.</summary>
public sealed class RedactionTests
{
    [Theory]
    [InlineData("当事人身份证号430103199001011234，经查", "当事人身份证号***，经查")]
    [InlineData("身份证号43010319900101123X。", "身份证号***。")]
    [InlineData("身份证号43010319900101123x", "身份证号***")]
    [InlineData("旧身份证430103900101123", "旧身份证***")]
    [InlineData("联系电话13812345678", "联系电话***")]
    [InlineData("手机 138 1234 5678 或 +86 139-1234-5678", "手机 *** 或 ***")]
    [InlineData("电话0746-8221234，传真(0746)8221235", "电话***，传真***")]
    [InlineData("座机 010-62345678", "座机 ***")]
    [InlineData("编号019af3c2-0731-7345-8789-0123456789ab，电话0746-8221234", "编号019af3c2-0731-7345-8789-0123456789ab，电话***")]
    public void ID_numbers_and_phones_are_masked(string text, string expected)
    {
        var (result, found) = Redaction.Scrub(text);

        result.ShouldBe(expected);
        found.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("统一社会信用代码91431103MA4L1234XY")]
    [InlineData("决定文号：冷卫公罚〔2026〕12号，罚款人民币3000.00元")]
    [InlineData("案件编号20260012，2026-12-06决定")]
    [InlineData("哈希 3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2")]
    [InlineData("{\"entityId\":\"019af3c2-0731-7345-8789-0123456789ab\"}")] // GUID groups shaped like a landline (draw records)
    [InlineData("/verify/019AF3C2-0746-7221-9234-ABCDEF012345")]
    [InlineData("/portal/0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b/decisions")]
    public void Public_identifiers_amounts_dates_and_hashes_are_left_alone(string text)
    {
        var (result, found) = Redaction.Scrub(text);

        result.ShouldBe(text);
        found.ShouldBe(0);
    }

    [Theory]
    [InlineData("张三", 1, "张某")]
    [InlineData("张建国", 1, "张某某")]
    [InlineData("张建国", 2, "张**")]
    [InlineData("李四", 2, "李*")]
    public void A_natural_persons_name_is_masked_by_the_bureaus_rule(string name, int style, string expected) =>
        Redaction.MaskName(name, style).ShouldBe(expected);

    [Fact]
    public void A_disclosure_publishes_once_withdraws_only_after_a_request_and_keeps_lateness()
    {
        var now = new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero);
        var d = EnforcementDisclosure.Schedule(
            Guid.NewGuid(), DisclosureKind.PenaltyDecision, "PenaltyCase", "x", "冷卫公罚〔2026〕1号", "标题", D("2026-11-02"), "某宾馆", false, "91431103MA4L1234XY",
            [new DisclosureField("案由", "未取得卫生许可证")], null, D("2026-11-11"), now);

        Should.Throw<Weijian.Platform.Rules.DomainRuleException>(() => d.Withdraw(D("2026-11-12"))).Code.ShouldBe("disclosure.no-withdrawal-request");
        d.Publish(D("2026-11-12"), 5, "刘芳");
        d.PublishedLate.ShouldBeTrue();
        d.RetentionEnd.ShouldBe(D("2031-11-12"));
        Should.Throw<Weijian.Platform.Rules.DomainRuleException>(() => d.Publish(D("2026-11-13"), 5, "刘芳")).Code.ShouldBe("disclosure.already-published");
        d.RequestWithdrawal(WithdrawalReason.Revoked, "复议决定撤销", D("2026-11-13"), D("2026-11-18"));
        d.Withdraw(D("2026-11-19"));
        d.WithdrawnLate.ShouldBeTrue();
        d.IsPublic.ShouldBeTrue();
        d.TakeOffline(D("2031-11-13"));
        d.IsPublic.ShouldBeFalse();
    }
}
