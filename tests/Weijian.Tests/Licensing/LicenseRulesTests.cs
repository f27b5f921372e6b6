using Weijian.Licensing.Items;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Tests.Licensing;

/// <summary>The pure rules of the license register (R-LIC-8, R-LIC-9, R-LIC-13) and of the guide (R-LIC-14).</summary>
public sealed class LicenseRulesTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.LoadDirectory(Path.Combine(RepositoryRoot.Path, "data", "calendar"));

    [Fact]
    public void Only_fraud_or_bribery_makes_revocation_mandatory()
    {
        // R-LIC-9: 第六十九条第二款 (应当撤销) vs 第一款 (可以撤销).
        LicenseRules.IsMandatory(RevocationGround.Fraud).ShouldBeTrue();
        foreach (var g in Enum.GetValues<RevocationGround>().Where(g => g != RevocationGround.Fraud))
        {
            LicenseRules.IsMandatory(g).ShouldBeFalse(g.ToString());
        }
    }

    [Fact]
    public void Revocation_is_barred_when_it_would_seriously_harm_the_public_interest_and_the_bar_must_be_considered()
    {
        // R-LIC-9 (第六十九条第三款) applies to mandatory grounds too.
        Should.Throw<DomainRuleException>(() => LicenseRules.EnsureRevocable([RevocationGround.Fraud], true, true)).Code.ShouldBe("licensing.revocation-barred");
        Should.Throw<DomainRuleException>(() => LicenseRules.EnsureRevocable([RevocationGround.ProceduralBreach], false, false)).Fields.ShouldBe(["publicInterestConsidered"]);
        Should.Throw<DomainRuleException>(() => LicenseRules.EnsureRevocable([], true, false)).Fields.ShouldBe(["grounds"]);
        LicenseRules.EnsureRevocable([RevocationGround.UnqualifiedGrantee], true, false);
    }

    [Fact]
    public void A_recheck_falling_in_the_national_day_holiday_is_due_on_the_next_working_day()
    {
        // R-LIC-13: two years after 2024-10-03 is 2026-10-03, inside 国庆节 (10-01…10-07).
        LicenseRules.RecheckDue(Calendar, new DateOnly(2024, 10, 3), 2).ShouldBe(new DateOnly(2026, 10, 8));
        LicenseRules.RecheckDue(Calendar, new DateOnly(2024, 3, 10), 2).ShouldBe(new DateOnly(2026, 3, 10));
    }

    [Fact]
    public void A_renewal_cutoff_on_a_holiday_moves_back_to_the_last_working_day_before_it()
    {
        // R-LIC-8: 30 days before 2026-10-31 is 2026-10-01 (国庆节); the holder can still file on 09-30.
        LicenseRules.RenewalCutoff(Calendar, new DateOnly(2026, 10, 31), 30).ShouldBe(new DateOnly(2026, 9, 30));
        LicenseRules.RenewalCutoff(Calendar, new DateOnly(2026, 6, 30), 30).ShouldBe(new DateOnly(2026, 5, 29));
        LicenseRules.ReminderFrom(new DateOnly(2026, 9, 30), 30).ShouldBe(new DateOnly(2026, 8, 31));
    }

    [Theory]
    [InlineData(20, 3, 0.85)]
    [InlineData(20, 20, 0)]
    [InlineData(20, 0, 1)]
    [InlineData(15, 5, 0.6667)]
    public void The_compression_ratio_is_the_share_cut_from_the_statutory_limit(int statutory, int promised, double expected)
    {
        var item = LicenseItem.Create(Guid.NewGuid(), Content(statutory, promised), DateTimeOffset.UnixEpoch);
        item.CompressionRatio.ShouldBe((decimal)expected);
        item.DecidedOnTheSpot.ShouldBe(promised == 0);
    }

    [Fact]
    public void The_list_compression_counts_compressed_and_on_the_spot_items()
    {
        var items = new[] { (20, 3), (20, 20), (20, 0) }.Select(p => LicenseItem.Create(Guid.NewGuid(), Content(p.Item1, p.Item2), DateTimeOffset.UnixEpoch)).ToList();
        var c = LicenseItemViews.Compression(items);
        c.ShouldBe(new CompressionSummary(3, 2, Math.Round((0.85m + 0m + 1m) / 3, 4), 1));
    }

    [Fact]
    public void Guide_validation_refuses_a_promise_longer_than_the_law_and_a_commitment_without_obligations()
    {
        Should.Throw<DomainRuleException>(() => LicenseItemInputs.Validate(Input(statutory: 20, promised: 21))).Fields.ShouldBe(["promisedDays"]);
        Should.Throw<DomainRuleException>(() => LicenseItemInputs.Validate(Input(obligations: null))).Fields.ShouldBe(["commitmentObligations"]);
        Should.Throw<DomainRuleException>(() => LicenseItemInputs.Validate(Input() with { Materials = [new("申请表", false, false, null, 1, null)] })).Fields.ShouldBe(["materials"]);
        Should.Throw<DomainRuleException>(() => LicenseItemInputs.Validate(Input() with { Materials = [new("申请表", true, true, null, 1, null)] })).Fields.ShouldBe(["materials"]);
        LicenseItemInputs.Validate(Input()).CommitmentObligations.ShouldBe("按承诺配备卫生设施");
    }

    public static TheoryData<LicenseAction, LicenseStatus, bool> Transitions()
    {
        var data = new TheoryData<LicenseAction, LicenseStatus, bool>();
        foreach (var a in Enum.GetValues<LicenseAction>())
        {
            foreach (var s in Enum.GetValues<LicenseStatus>())
            {
                data.Add(a, s, LicenseWorkflow.Find(a).From.Contains(s));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void The_transition_table_allows_exactly_its_rows(LicenseAction action, LicenseStatus status, bool allowed)
    {
        if (allowed)
        {
            LicenseWorkflow.Check(action, status);
        }
        else
        {
            Should.Throw<DomainRuleException>(() => LicenseWorkflow.Check(action, status)).Code.ShouldBe("licensing.action-not-allowed");
        }
    }

    [Fact]
    public void Only_a_bureau_head_revokes_and_nobody_expires_by_hand()
    {
        var officer = new Actor(Guid.NewGuid(), "执法人员", Guid.NewGuid(), new HashSet<string> { Roles.Officer }, false);
        var head = officer with { Roles = new HashSet<string> { Roles.BureauHead } };
        Should.Throw<DomainRuleException>(() => LicenseWorkflow.Check(LicenseAction.Revoke, LicenseStatus.Valid, officer)).Kind.ShouldBe(RuleViolationKind.Forbidden);
        LicenseWorkflow.Check(LicenseAction.Revoke, LicenseStatus.Valid, head);
        LicenseWorkflow.AllowedFor(LicenseStatus.Valid, head).Select(t => t.Action).ShouldNotContain(LicenseAction.Expire);
    }

    [Fact]
    public void Acts_granted_on_an_application_go_through_the_table_on_a_valid_license_only_and_are_no_buttons_R_LIC_8_R_LIC_9()
    {
        LicenseAction[] granted = [LicenseAction.ApplyChange, LicenseAction.Renew, LicenseAction.DeemRenew, LicenseAction.CancelOnApplication];
        var head = new Actor(Guid.NewGuid(), "局领导", Guid.NewGuid(), new HashSet<string> { Roles.BureauHead }, false);
        LicenseWorkflow.AllowedFor(LicenseStatus.Valid, head).Select(t => t.Action).Intersect(granted).ShouldBeEmpty();
        var now = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
        var on = new DateOnly(2026, 3, 2);
        var license = License.Issue(Guid.NewGuid(), Guid.NewGuid(), "悦来宾馆", "91431103MA4L000001", "public-place-hygiene", "GGCS〔2026〕第00001号", "住宿", on, on.AddYears(4).AddDays(-1), null, false, "局领导", now);
        license.Revoke(on, "以欺骗手段取得", "局领导", now);
        Should.Throw<DomainRuleException>(() => license.Renew(on, on.AddYears(8), Guid.NewGuid(), "局领导", now)).Code.ShouldBe("licensing.action-not-allowed");
        Should.Throw<DomainRuleException>(() => license.DeemRenewed(on, on.AddYears(8), Guid.NewGuid(), now)).Code.ShouldBe("licensing.action-not-allowed");
        Should.Throw<DomainRuleException>(() => license.ApplyChange(on, null, "住宿、沐浴", "变更", Guid.NewGuid(), "局领导", now)).Code.ShouldBe("licensing.action-not-allowed");
        Should.Throw<DomainRuleException>(() => license.CancelOnApplication(on, "歇业", Guid.NewGuid(), "局领导", now)).Code.ShouldBe("licensing.action-not-allowed");
    }

    private static LicenseItemInput Input(int statutory = 20, int promised = 3, string? obligations = "按承诺配备卫生设施") => new(
        "T-01", "公共场所卫生许可", "New", "PublicPlaces", "public-place-hygiene", "《公共场所卫生管理条例》第四条", "卫生条件符合标准", null,
        statutory, promised, null, true, obligations, true, false, null, 4, "区卫健局", "区卫健局", null,
        [new("申请表", true, false, "原件", 1, null)], [new("受理", "窗口", 0)]);

    private static LicenseItemContent Content(int statutory, int promised) => new(
        "T-01", "公共场所卫生许可", LicenseItemKind.New, Specialty.PublicPlaces, "public-place-hygiene", "依据", "条件", null, statutory, promised, null,
        false, null, false, false, 0, 4, "区卫健局", "区卫健局", null, [new("申请表", true, false, "原件", 1, null)], [new("受理", "窗口", 0)]);
}
