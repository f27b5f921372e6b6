using Weijian.Licensing.Applications;
using Weijian.Licensing.Items;
using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Tests.Licensing;

/// <summary>The transition table drives the domain: every row has its command and handler, and the aggregate refuses what the table does not allow.</summary>
public sealed class ApplicationWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly Guid Org = Guid.CreateVersion7(Now);

    private static Actor As(string role, string name = "张三") => new(Guid.NewGuid(), name, Org, new HashSet<string> { role }, false);

    public static TheoryData<ApplicationAction> Actions() => [.. Enum.GetValues<ApplicationAction>()];

    [Theory]
    [MemberData(nameof(Actions))]
    public void Every_action_has_one_row_a_command_record_and_a_handler(ApplicationAction action)
    {
        ApplicationWorkflow.Table.Count(t => t.Action == action).ShouldBe(1);
        typeof(IApplicationCommand).IsAssignableFrom(ApplicationCommands.CommandType(action)).ShouldBeTrue();
        ApplicationCommands.HandlerType(action).GetMethod("HandleAsync").ShouldNotBeNull();
        ApplicationWorkflow.Parse(ApplicationWorkflow.WireName(action)).ShouldBe(action);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void An_action_is_refused_from_every_status_outside_its_row_and_for_every_role_outside_it(ApplicationAction action)
    {
        var row = ApplicationWorkflow.Find(action);
        foreach (var status in Enum.GetValues<ApplicationStatus>().Except(row.From))
        {
            Should.Throw<DomainRuleException>(() => ApplicationWorkflow.Check(action, status, As(row.Roles[0]))).Kind.ShouldBe(RuleViolationKind.Conflict);
        }

        foreach (var role in Roles.All.Select(r => r.Code).Except(row.Roles))
        {
            Should.Throw<DomainRuleException>(() => ApplicationWorkflow.Check(action, row.From[0], As(role))).Kind.ShouldBe(RuleViolationKind.Forbidden);
        }
    }

    [Fact]
    public void Only_a_head_decides_and_extends_and_nothing_but_service_follows_a_decision_R_LIC_4_R_LIC_5()
    {
        ApplicationWorkflow.Find(ApplicationAction.Grant).Roles.ShouldBe([Roles.BureauHead]);
        ApplicationWorkflow.Find(ApplicationAction.Refuse).Roles.ShouldBe([Roles.BureauHead]);
        ApplicationWorkflow.Find(ApplicationAction.ExtendTime).Roles.ShouldBe([Roles.BureauHead]);
        ApplicationWorkflow.AllowedFor(ApplicationStatus.Granted, Actor.System()).Select(t => t.Action).ShouldBe([ApplicationAction.ServeCertificate]);
        foreach (var ended in new[] { ApplicationStatus.Refused, ApplicationStatus.NotAccepted, ApplicationStatus.Withdrawn })
        {
            ApplicationWorkflow.AllowedFor(ended, Actor.System()).ShouldBeEmpty();
        }
    }

    private static LicenseApplication Accepted(bool siteCheck = false)
    {
        var content = new LicenseItemContent(
            "T-1", "测试许可", LicenseItemKind.New, Specialty.PublicPlaces, "t", "《法》", "条件", null, 20, 5, null, false, null, siteCheck, false, 0, 4, "窗口", "局", null,
            [new LicenseMaterial("申请表", true, false, null, 1, null)], []);
        var item = LicenseItem.Create(Org, content, Now);
        var a = LicenseApplication.Receive(Org, "20260001", "ABCDEFGH", item, new ApplicantDetails(Guid.NewGuid(), "某宾馆", PartyKind.Organization, null, null, null),
            "住宿", null, [new MaterialCheck("申请表", true, false, MaterialState.Received)], false, Today, "窗口", Now);
        a.Accept(Today, null, a.Materials, null, Today.AddDays(28), Today.AddDays(7), As(Roles.WindowClerk), Now);
        return a;
    }

    [Fact]
    public void A_site_check_needs_two_staff_and_comes_before_the_review_R_LIC_3()
    {
        var a = Accepted(siteCheck: true);
        Should.Throw<DomainRuleException>(() => a.RecordReview(Today, "符合条件", As(Roles.Officer), Now)).Code.ShouldBe("licensing.site-check-required");
        Should.Throw<DomainRuleException>(() => a.RecordSiteCheck(Today, ["李四"], "符合", As(Roles.Officer), Now)).Code.ShouldBe("licensing.site-check-two-staff");
        a.RecordSiteCheck(Today, ["李四", "王五"], "符合", As(Roles.Officer), Now);
        a.RecordReview(Today, "符合条件", As(Roles.Officer), Now);
        a.ReviewerName.ShouldNotBeNull();
    }

    [Fact]
    public void The_time_is_extended_once_only_R_LIC_4()
    {
        var a = Accepted();
        a.Extend(Today, "需要补充论证", Today.AddDays(40), As(Roles.BureauHead), Now);
        Should.Throw<DomainRuleException>(() => a.Extend(Today, "再延", Today.AddDays(60), As(Roles.BureauHead), Now)).Code.ShouldBe("licensing.extension-once");
    }

    [Fact]
    public void The_reviewer_cannot_decide_and_a_decision_needs_a_review()
    {
        var a = Accepted();
        var head = As(Roles.BureauHead, "局长");
        Should.Throw<DomainRuleException>(() => a.Decide(ApplicationAction.Grant, Today, "号", "理由", null, null, head, Now)).Code.ShouldBe("licensing.review-required");
        var both = new Actor(Guid.NewGuid(), "双重", Org, new HashSet<string> { Roles.Officer, Roles.BureauHead }, false);
        a.RecordReview(Today, "符合条件", both, Now);
        Should.Throw<DomainRuleException>(() => a.Decide(ApplicationAction.Grant, Today, "号", "理由", null, null, both, Now)).Code.ShouldBe("licensing.reviewer-cannot-decide");
        a.Decide(ApplicationAction.Refuse, Today, "号", "不符合", null, null, head, Now);
        a.Status.ShouldBe(ApplicationStatus.Refused);
        a.DecidedOnTime.ShouldBe(true);
        Should.Throw<DomainRuleException>(() => a.Decide(ApplicationAction.Grant, Today, "号", "理由", null, null, head, Now)).Code.ShouldBe("licensing.action-not-allowed");
    }

    [Fact]
    public void A_rating_comes_once_after_the_end()
    {
        var a = Accepted();
        Should.Throw<DomainRuleException>(() => a.Rate(ApplicationRating.Good, null, Today, Now)).Code.ShouldBe("licensing.rating-too-early");
        a.Withdraw(Today, "不再经营", As(Roles.WindowClerk), Now);
        a.Rate(ApplicationRating.Good, null, Today, Now);
        Should.Throw<DomainRuleException>(() => a.Rate(ApplicationRating.Bad, "慢", Today, Now)).Code.ShouldBe("licensing.rating-once");
    }
}
