using Weijian.Inspections.Visits;
using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;
using Weijian.Publicity.Officers;

namespace Weijian.Tests.Publicity;

/// <summary>Pure parts of 执法亮码 (R-TRS-3): tokens, the entity's proof, the visit window, one rating, the complaint table.</summary>
public class OfficerCodeRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void Tokens_are_random_url_safe_and_32_characters_never_derived_from_the_officer()
    {
        var officer = Guid.CreateVersion7(Now);
        var a = OfficerCode.Issue(Guid.NewGuid(), officer, Now, "测试");
        var b = OfficerCode.Issue(Guid.NewGuid(), officer, Now, "测试");
        a.Token.Length.ShouldBe(OfficerCode.TokenLength);
        OfficerCode.IsWellFormed(a.Token).ShouldBeTrue();
        a.Token.ShouldNotBe(b.Token);
        a.Token.ShouldNotContain(officer.ToString("N")[..8]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("../../../../etc/passwd/aaaaaaaaaaaaaaa")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")]
    public void Malformed_tokens_are_not_looked_up(string? token) => OfficerCode.IsWellFormed(token).ShouldBeFalse();

    [Fact]
    public void A_reissue_revokes_the_old_code_with_its_reason_and_links_the_new_one()
    {
        var old = OfficerCode.Issue(Guid.NewGuid(), Guid.NewGuid(), Now, "局领导");
        var next = old.Reissue("执法证卡片遗失", Now.AddDays(1), "局领导");
        old.IsActive.ShouldBeFalse();
        old.RevokedReason.ShouldBe("执法证卡片遗失");
        old.ReplacedById.ShouldBe(next.Id);
        next.IsActive.ShouldBeTrue();
        next.OfficerId.ShouldBe(old.OfficerId);
        next.Token.ShouldNotBe(old.Token);
        Should.Throw<DomainRuleException>(() => old.Reissue("再次", Now, "局领导")).Code.ShouldBe("officer-code.already-revoked");
        Should.Throw<DomainRuleException>(() => next.Reissue(" ", Now, "局领导")).Fields.ShouldContain("reason");
    }

    [Theory]
    [InlineData("91431103MA4PXXXX1A", "91431103MA4PXXXX1A", true)]
    [InlineData("91431103ma4pxxxx1a", "91431103MA4PXXXX1A", true)]
    [InlineData("XXXX1A", "91431103MA4PXXXX1A", true)]
    [InlineData("xx xx1a", "91431103MA4PXXXX1A", true)]
    [InlineData("XXX1A", "91431103MA4PXXXX1A", false)]
    [InlineData("PXXXX1A", "91431103MA4PXXXX1A", false)]
    [InlineData("XXXX1B", "91431103MA4PXXXX1A", false)]
    [InlineData("91431103MA4PXXXX1B", "91431103MA4PXXXX1A", false)]
    [InlineData("", "91431103MA4PXXXX1A", false)]
    [InlineData(null, "91431103MA4PXXXX1A", false)]
    public void The_entity_proves_itself_by_its_whole_credit_code_or_its_last_six_characters(string? entered, string onRecord, bool matches) =>
        OfficerCodeRules.EntityCodeMatches(entered, onRecord).ShouldBe(matches);

    [Theory]
    [InlineData(InspectionStatus.InProgress, 0, null, true)]
    [InlineData(InspectionStatus.Planned, 0, null, true)]
    [InlineData(InspectionStatus.Planned, 1, null, false)]
    [InlineData(InspectionStatus.Planned, -1, null, false)]
    [InlineData(InspectionStatus.Completed, -3, 0, true)]
    [InlineData(InspectionStatus.Completed, -3, -1, false)]
    public void A_visit_is_confirmable_on_its_day_only_R_TRS_3(InspectionStatus status, int plannedOffset, int? completedOffset, bool underWay) =>
        OfficerCodeRules.IsUnderWay(status, Today.AddDays(plannedOffset), null, completedOffset is { } c ? Today.AddDays(c) : null, Today).ShouldBe(underWay);

    [Fact]
    public void A_visit_is_rated_once_and_the_token_is_kept_only_as_its_hash()
    {
        var (c, token) = VisitConfirmation.Confirm(Guid.NewGuid(), Guid.NewGuid(), "20260001", Guid.NewGuid(), Guid.NewGuid(), [], Today, Now);
        c.RatingTokenHash.ShouldBe(VisitConfirmation.HashToken(token));
        c.RatingTokenHash.ShouldNotContain(token);
        c.Rate(VisitSatisfaction.Satisfied, true, false, "规范", Today, Now);
        Should.Throw<DomainRuleException>(() => c.Rate(VisitSatisfaction.Dissatisfied, false, true, null, Today, Now)).Code.ShouldBe("visit.already-rated");
        c.Satisfaction.ShouldBe(VisitSatisfaction.Satisfied);
    }

    [Theory]
    [InlineData("满意", VisitSatisfaction.Satisfied)]
    [InlineData("Dissatisfied", VisitSatisfaction.Dissatisfied)]
    [InlineData("基本满意", VisitSatisfaction.BasicallySatisfied)]
    public void Ratings_parse_from_code_or_chinese(string text, VisitSatisfaction expected) => VisitRatingNames.ParseSatisfaction(text).ShouldBe(expected);

    public static TheoryData<ComplaintAction, ComplaintStatus, string, bool> Transitions => new()
    {
        { ComplaintAction.Assign, ComplaintStatus.Received, Roles.BureauHead, true },
        { ComplaintAction.Assign, ComplaintStatus.Assigned, Roles.BureauHead, true },
        { ComplaintAction.Assign, ComplaintStatus.Answered, Roles.BureauHead, false },
        { ComplaintAction.Assign, ComplaintStatus.Received, Roles.Officer, false },
        { ComplaintAction.Answer, ComplaintStatus.Received, Roles.PetitionClerk, false },
        { ComplaintAction.Answer, ComplaintStatus.Assigned, Roles.PetitionClerk, true },
        { ComplaintAction.Answer, ComplaintStatus.Answered, Roles.PetitionClerk, false },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void The_complaint_table_allows_exactly_its_rows(ComplaintAction action, ComplaintStatus from, string role, bool allowed)
    {
        var actor = new Actor(Guid.NewGuid(), "测试", Guid.NewGuid(), new HashSet<string> { role }, false);
        if (allowed)
        {
            ComplaintWorkflow.Check(action, from, actor).Action.ShouldBe(action);
        }
        else
        {
            Should.Throw<DomainRuleException>(() => ComplaintWorkflow.Check(action, from, actor));
        }
    }

    [Fact]
    public void A_complaint_cannot_be_handled_by_an_officer_of_the_visit_and_only_the_handler_answers()
    {
        var (c, _) = VisitConfirmation.Confirm(Guid.NewGuid(), Guid.NewGuid(), "20260002", Guid.NewGuid(), Guid.NewGuid(), [], Today, Now);
        var k = VisitComplaint.File(c, "态度生硬", Today, Today.AddDays(21), Now);
        var head = new Actor(Guid.NewGuid(), "局领导", c.OrganizationId, new HashSet<string> { Roles.BureauHead }, false);
        var involved = Guid.NewGuid();
        var e = Should.Throw<DomainRuleException>(() => k.Assign(involved, "检查人员", [involved], head, Today, Now));
        e.Code.ShouldBe("visit-complaint.handler-involved");
        var handler = new Actor(Guid.NewGuid(), "信访员", c.OrganizationId, new HashSet<string> { Roles.PetitionClerk }, false);
        k.Assign(handler.UserId!.Value, handler.Name, [involved], head, Today, Now);
        var other = new Actor(Guid.NewGuid(), "他人", c.OrganizationId, new HashSet<string> { Roles.PetitionClerk }, false);
        Should.Throw<DomainRuleException>(() => k.Answer("答复", other, Today, Now)).Code.ShouldBe("visit-complaint.not-handler");
        k.Answer("已核实并处理", handler, Today.AddDays(2), Now);
        k.Status.ShouldBe(ComplaintStatus.Answered);
        k.AnsweredLate.ShouldBeFalse();
    }
}
