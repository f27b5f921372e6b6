using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;

namespace Weijian.Publicity.Replies;

/// <summary>Everything staff can do to a reply or appeal; each is one row of <see cref="ReplyWorkflow.Table"/>.</summary>
public enum ReplyAction
{
    Show,
    Refuse,
    Uphold,
    Change,
    Revoke,
}

/// <summary>One row of the transition table (the shape of <c>Enforcement/PenaltyCases/CaseWorkflow</c>).</summary>
public sealed record ReplyTransition(ReplyAction Action, ReplyKind Kind, ReplyStatus To, IReadOnlyList<string> Roles, string Label, bool NeedsReason);

/// <summary>
/// Workflow as data (DESIGN §5): this table drives <see cref="EntityReply"/>, the buttons on the details page and the
/// table-driven test. Every action starts from 待处理. A 说明/申辩 is reviewed for display by the 政务公开 clerk, an officer
/// or the head; a 申诉 is decided by an officer, the head or the legal reviewer who took no part in the original act (R-PEN-12 recusal).
/// </summary>
public static class ReplyWorkflow
{
    private static readonly string[] Reviewers = [Roles.DisclosureClerk, Roles.Officer, Roles.BureauHead];
    private static readonly string[] Deciders = [Roles.Officer, Roles.BureauHead, Roles.LegalReviewer];

    public static readonly IReadOnlyList<ReplyTransition> Table =
    [
        new(ReplyAction.Show, ReplyKind.Statement, ReplyStatus.Shown, Reviewers, "公开显示", false),
        new(ReplyAction.Refuse, ReplyKind.Statement, ReplyStatus.Refused, Reviewers, "不予显示", true),
        new(ReplyAction.Uphold, ReplyKind.Appeal, ReplyStatus.Upheld, Deciders, "维持", true),
        new(ReplyAction.Change, ReplyKind.Appeal, ReplyStatus.Changed, Deciders, "变更", true),
        new(ReplyAction.Revoke, ReplyKind.Appeal, ReplyStatus.Revoked, Deciders, "撤销", true),
    ];

    public static ReplyTransition Find(ReplyAction action) => Table.Single(t => t.Action == action);

    public static IEnumerable<ReplyTransition> AllowedFor(ReplyKind kind, ReplyStatus status, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Table.Where(t => status == ReplyStatus.Pending && t.Kind == kind && t.Roles.Any(actor.IsInRole));
    }

    /// <summary>Refuses what the table does not allow: 409 for the wrong kind or a handled reply.</summary>
    public static ReplyTransition Check(ReplyAction action, ReplyKind kind, ReplyStatus status)
    {
        var t = Find(action);
        if (status != ReplyStatus.Pending)
        {
            throw DomainRuleException.Conflict("reply.already-handled", $"该{ReplyNames.Of(kind)}已处理（{ReplyNames.Of(status)}）");
        }

        if (t.Kind != kind)
        {
            throw DomainRuleException.Conflict("reply.action-not-allowed", $"{ReplyNames.Of(kind)}不能执行“{t.Label}”");
        }

        return t;
    }

    /// <summary>403 unless the actor holds one of the row's roles.</summary>
    public static void CheckRole(ReplyTransition t, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(actor);
        if (!t.Roles.Any(actor.IsInRole))
        {
            throw DomainRuleException.Forbidden("reply.role-not-allowed", $"“{t.Label}”须由{string.Join("或", t.Roles.Select(Roles.ChineseName))}办理");
        }
    }
}

/// <summary>Chinese names for the reply enums.</summary>
public static class ReplyNames
{
    public static string Of(ReplySubjectKind k) => k switch
    {
        ReplySubjectKind.InspectionResult => "抽查结果",
        ReplySubjectKind.CreditRecord => "信用记录",
        _ => "信用等级",
    };

    public static string Of(ReplyKind k) => k == ReplyKind.Appeal ? "申诉" : "说明/申辩";

    public static string Of(ReplyStatus s) => s switch
    {
        ReplyStatus.Pending => "待处理",
        ReplyStatus.Shown => "公开显示",
        ReplyStatus.Refused => "不予显示",
        ReplyStatus.Upheld => "维持",
        ReplyStatus.Changed => "变更",
        _ => "撤销",
    };
}
