using Weijian.Credit;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;
using static Weijian.Credit.CreditGrading;

namespace Weijian.Tests.Credit;

/// <summary>
/// Issue #7 right of reply: a 申诉 decided 撤销 or 变更 takes effect on the credit record (R-CRD-4) — revoked records end
/// publication with end reason 申诉撤销 and no longer count for the grade (R-CRD-5); a change re-grades the record under
/// its own rule set (R-CRD-2: 轻微 not published) or shortens an ungraded window (R-CRD-1).
/// </summary>
public sealed class CreditAppealTests
{
    private const decimal SeriousMoney = 1_000_000m;
    private static readonly CreditRuleSets Sets = CreditRuleSets.LoadFile(Path.Combine(RepositoryRoot.Path, "data", "credit", "rule-sets.json"));
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 2, 0, 0, TimeSpan.Zero);

    private static CreditRecord Record(string decided)
    {
        var window = Sets.Compute(new CreditFacts(CreditSource.Penalty, DateOnly.Parse(decided, System.Globalization.CultureInfo.InvariantCulture), ["Fine"], 5000m, false, "公共场所卫生"), SeriousMoney);
        return CreditRecord.Create(Guid.NewGuid(), Guid.NewGuid(), "某宾馆", PartyKind.Organization, "91431103MA4L00000X", CreditSource.Penalty, Guid.NewGuid(), "冷卫罚〔2026〕1号",
            "罚款5000元", ["Fine"], window, null, "甲", Now);
    }

    private static GradedRecord Graded(CreditRecord r) => new(r.Source, r.Severity, r.Status, r.PublishFrom, r.MaxUntil, r.EndedOn);

    [Fact]
    public void A_record_revoked_on_appeal_ends_publication_as_申诉撤销_is_kept_and_no_longer_grades_the_entity_R_CRD_5()
    {
        var r = Record("2026-10-01");
        Grade([Graded(r)], Today, 3).Grade.ShouldBe("C");

        r.RevokeOnAppeal("事实认定错误", Today, "乙", Now);

        r.Status.ShouldBe(CreditRecordStatus.RevokedOnAppeal);
        r.EndReason.ShouldBe("申诉撤销");
        r.EndedOn.ShouldBe(Today);
        r.IsPublicOn(Today).ShouldBeFalse();
        r.History[^1].What.ShouldBe("经申诉撤销，停止公示");
        Grade([Graded(r)], Today, 3).Grade.ShouldBe("A");
        Should.Throw<DomainRuleException>(() => r.RevokeOnAppeal("再次", Today, "乙", Now)).Code.ShouldBe("credit.revoked");
    }

    [Fact]
    public void A_general_record_changed_to_minor_on_appeal_is_no_longer_published_R_CRD_2()
    {
        var r = Record("2026-10-01");
        var set = Sets.InForceOn(r.DecidedOn);

        r.ChangeOnAppeal(set, CreditSeverity.Minor, null, "情节轻微", Today, "乙", Now);

        r.Severity.ShouldBe(CreditSeverity.Minor);
        r.Status.ShouldBe(CreditRecordStatus.NotPublished);
        r.IsPublicOn(Today).ShouldBeFalse();
        r.History[^1].What.ShouldContain("经申诉变更为轻微失信");
    }

    [Fact]
    public void A_general_record_changed_to_serious_gets_the_serious_window_from_its_decision_date_R_CRD_2()
    {
        var r = Record("2026-10-01");
        r.ChangeOnAppeal(Sets.InForceOn(r.DecidedOn), CreditSeverity.Serious, null, "复核认定为严重失信", Today, "乙", Now);
        r.MaxUntil.ShouldBe(new DateOnly(2029, 10, 1));
        Grade([Graded(r)], Today, 3).Grade.ShouldBe("D");
    }

    [Fact]
    public void An_ungraded_record_is_changed_by_an_earlier_end_of_publication_not_by_a_severity_R_CRD_1()
    {
        var r = Record("2026-03-02");
        var set = Sets.InForceOn(r.DecidedOn);
        Should.Throw<DomainRuleException>(() => r.ChangeOnAppeal(set, CreditSeverity.Minor, null, "x", Today, "乙", Now)).Code.ShouldBe("validation.severity");
        Should.Throw<DomainRuleException>(() => r.ChangeOnAppeal(set, null, r.MaxUntil!.Value.AddDays(1), "x", Today, "乙", Now)).Code.ShouldBe("validation.until");

        r.ChangeOnAppeal(set, null, new DateOnly(2027, 3, 2), "已整改，缩短公示期", Today, "乙", Now);

        r.MaxUntil.ShouldBe(new DateOnly(2027, 3, 2));
        r.Status.ShouldBe(CreditRecordStatus.Publishing);
        r.History[^1].Note.ShouldBe("已整改，缩短公示期");
    }
}
