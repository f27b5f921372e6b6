using Weijian.Platform.Rules;
using Weijian.Publicity.Replies;

namespace Weijian.Tests.Publicity;

/// <summary>The transition table of 回应与申诉: a reply is shown or refused, an appeal decided, each once, reasons where the table says.</summary>
public sealed class ReplyWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    public static TheoryData<ReplyAction> Actions() => [.. Enum.GetValues<ReplyAction>()];

    [Theory]
    [MemberData(nameof(Actions))]
    public void Each_action_applies_only_to_its_kind_from_pending_and_only_once(ReplyAction action)
    {
        var row = ReplyWorkflow.Find(action);
        var other = row.Kind == ReplyKind.Appeal ? ReplyKind.Statement : ReplyKind.Appeal;
        Should.Throw<DomainRuleException>(() => Reply(other).Review(action, "理由", Today, null, "甲", Now)).Code.ShouldBe("reply.action-not-allowed");

        var reply = Reply(row.Kind);
        if (row.Kind == ReplyKind.Appeal)
        {
            reply.Decide(action, "理由", Today, null, "甲", Now);
        }
        else
        {
            reply.Review(action, "理由", Today, null, "甲", Now);
        }

        reply.Status.ShouldBe(row.To);
        Should.Throw<DomainRuleException>(() => reply.Review(action, "理由", Today, null, "甲", Now)).Code.ShouldBe("reply.already-handled");
    }

    [Fact]
    public void Only_showing_a_reply_goes_without_reasons_and_a_change_on_appeal_is_its_own_event()
    {
        ReplyWorkflow.Table.Where(t => !t.NeedsReason).Select(t => t.Action).ShouldBe([ReplyAction.Show]);
        var appeal = Reply(ReplyKind.Appeal);
        appeal.Decide(ReplyAction.Revoke, "事实认定错误", Today, null, "乙", Now);
        appeal.History.Select(e => e.What).ShouldBe(["收到申诉", "申诉决定：撤销", "抽查结果（J-1）经申诉撤销"]);
    }

    private static DateOnly Today => new(2026, 12, 7);

    private static EntityReply Reply(ReplyKind kind) => EntityReply.Submit(
        Guid.NewGuid(), ReplySubjectKind.InspectionResult, Guid.NewGuid(), "J-1", Guid.NewGuid(), "某宾馆", kind, "内容", "王经理", "13800001234", "网上申请", Today, Today.AddDays(14), Now);
}
