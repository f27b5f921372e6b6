using System.Globalization;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Platform.Authorization;
using Weijian.Registry.Entities;

namespace Weijian.Web.Pages.Enforcement.Cases;

/// <summary>Badges, money, choices and labels shared by the penalty-case pages (all names come from <see cref="CaseNames"/>).</summary>
public static class CaseDisplay
{
    public const string SubjectType = PenaltyCaseSteps.SubjectType;

    /// <summary>Who sees the cases menu and pages: the roles the case queries admit (the handlers check again).</summary>
    public static bool MayRead(Actor actor) => PenaltyCaseSteps.ReadRoles.Any(actor.IsInRole);

    /// <summary>案件受理 is an officer's act (RegisterLead requires the 执法人员 role).</summary>
    public static bool MayRegister(Actor actor) => actor.IsInRole(Roles.Officer);

    public static string StatusBadge(string status) => Enum.TryParse<CaseStatus>(status, out var s) ? StatusBadge(s) : "badge-gray";

    /// <summary>Amber where a decision by someone else is awaited, green when executed or closed, grey when ended otherwise.</summary>
    public static string StatusBadge(CaseStatus status) => status switch
    {
        CaseStatus.FilingRequested or CaseStatus.ReferralProposed or CaseStatus.LegalReview => "badge-amber",
        CaseStatus.Executed or CaseStatus.Closed => "badge-green",
        CaseStatus.Archived or CaseStatus.NotFiled or CaseStatus.Withdrawn or CaseStatus.Transferred => "badge-gray",
        _ => "badge-blue",
    };

    public static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture) + " 元";

    public static string Date(DateOnly? date) => date is { } d ? Display.Date(d) : "—";

    public static string YesNo(bool value) => value ? "是" : "否";

    /// <summary>Money as an input value: invariant, no grouping (what the model binder reads back).</summary>
    public static string Input(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    public static string Input(DateOnly? date) => date is { } d ? Display.Date(d) : "";

    /// <summary>The 阶段 filter: 全部, 办理中, 已终结 and each status.</summary>
    public static IReadOnlyList<(string Value, string Text)> StatusFilterChoices { get; } =
    [
        ("", "全部"), ("open", "办理中"), ("ended", "已终结"),
        .. Enum.GetValues<CaseStatus>().Select(s => (s.ToString(), CaseNames.Of(s))),
    ];

    public static IReadOnlyList<(string Value, string Text)> SpecialtyChoices { get; } =
        [.. Specialties.All.Select(s => (s.ToString(), Specialties.ChineseName(s)))];

    public static IReadOnlyList<(string Value, string Text)> SourceChoices { get; } = Choices<CaseSource>(CaseNames.Of);

    public static IReadOnlyList<(string Value, string Text)> OnSiteKinds { get; } =
        [.. Enum.GetValues<CaseActKind>().Where(k => k <= CaseActKind.ServiceOnSite).Select(k => (k.ToString(), CaseNames.Of(k)))];

    public static IReadOnlyList<(string Value, string Text)> EvidenceKinds { get; } =
        [.. Enum.GetValues<CaseActKind>().Where(k => k > CaseActKind.ServiceOnSite).Select(k => (k.ToString(), CaseNames.Of(k)))];

    public static IReadOnlyList<(string Value, string Text)> Measures { get; } = Choices<PenaltyMeasure>(CaseNames.Of);

    public static IReadOnlyList<(string Value, string Text)> ServiceMethods { get; } = Choices<ServiceMethod>(CaseNames.Of);

    public static IReadOnlyList<(string Value, string Text)> PaymentKinds { get; } = Choices<PaymentKind>(CaseNames.Of);

    public static IReadOnlyList<(string Value, string Text)> RemedyKinds { get; } = Choices<RemedyKind>(CaseNames.Of);

    public static IReadOnlyList<(string Value, string Text)> ExtensionCauses { get; } = [.. Weijian.Enforcement.Money.DecisionExtensionCauses.All.Select(c => (c.Code, c.ChineseName))];

    public static IReadOnlyList<(string Value, string Text)> ReviewOutcomes { get; } = Choices<ReviewOutcome>(CaseNames.Of);

    /// <summary>R-TRS-6: the audio/video record of an act — attached, missing with the reason, or not required.</summary>
    public static (string Text, string Css) AvStatus(CaseAct act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return act switch
        {
            { AvFileSha256: not null } => ("已上传音像记录", "badge-green"),
            { AvRequired: true } => ("未记录：" + act.AvMissingReason, "badge-red"),
            _ => ("非音像记录事项", "badge-gray"),
        };
    }

    /// <summary>已逾期 / 3天内到期 / 正常 for an open clock, as on 我的待办.</summary>
    public static (string Text, string Css) ClockStatus(Weijian.Platform.Deadlines.DeadlineView d) => TodoModel.Status(d);

    private static (string, string)[] Choices<T>(Func<T, string> name)
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => (v.ToString(), name(v)))];
}
