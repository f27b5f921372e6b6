using System.Linq.Expressions;
using Weijian.Licensing.Applications;
using Weijian.Licensing.Commitments;
using Weijian.Licensing.Licenses;

namespace Weijian.Reports.Figures;

/// <summary>行政许可 figures (R-PUB-5: counts, promised-time compliance, 告知承诺 share; R-LIC-4 on-time decisions), counted as
/// <see cref="LicensingStatistics"/> and <see cref="CommitmentVerificationStatisticsHandler"/> count them: an application
/// belongs to the period of its 收件 date, whatever happened to it later.</summary>
public static class LicensingFigures
{
    public const string Module = "Licensing";

    private static readonly Expression<Func<LicenseApplication, FigureRecord>> Application = a => new FigureRecord
    {
        OrganizationId = a.OrganizationId,
        SubjectType = nameof(LicenseApplication),
        SubjectId = a.Id,
        Label = a.Number + " " + a.ApplicantName,
        Date = a.ReceivedOn,
        Group = a.ItemName,
        Amount = 0m,
    };

    private static readonly Expression<Func<CommitmentVerification, FigureRecord>> Verification = v => new FigureRecord
    {
        OrganizationId = v.OrganizationId,
        SubjectType = nameof(License),
        SubjectId = v.LicenseId,
        Label = v.LicenseNumber + " " + v.HolderName,
        Date = v.IssuedOn,
        Amount = 0m,
        Group = null,
    };

    private static IQueryable<LicenseApplication> Received(FigureScope s) => s.Rows<LicenseApplication>().Where(a => a.ReceivedOn >= s.From && a.ReceivedOn <= s.To);

    /// <summary>The applications received in the period: every application figure counts some of them, so all are counted in one
    /// grouped query (issue #8: a province roll-up read the year's applications once per figure before).</summary>
    private static readonly FigureFamily<LicenseApplication> ReceivedApplications = new(Received, Application);

    private static readonly Expression<Func<LicenseApplication, bool>> Decided = a => a.Status == ApplicationStatus.Granted || a.Status == ApplicationStatus.Refused;

    private static FigureDefinition Def(string id, string name, string nameEn, string definition, string definitionEn, string rule, FigureKind kind = FigureKind.Count, string unit = "件", string? breakdown = "事项") =>
        new(id, name, nameEn, definition, definitionEn, rule, Module, kind, unit, breakdown);

    private static Figure Applications(FigureDefinition d, Expression<Func<LicenseApplication, bool>> condition) => ReceivedApplications.Count(d, condition);

    public static IEnumerable<Figure> All() =>
    [
        Applications(
            Def(
                "licensing.applications.received", "许可申请受理登记数", "Licensing applications received",
                "本期收到的行政许可申请数（窗口与网上申请）。",
                "Licensing applications received in the period (at the window and online).",
                "计入：收件日期在统计期内的申请，不论受理结果。"),
            a => true),
        Applications(
            Def(
                "licensing.applications.accepted", "许可申请受理数", "Licensing applications accepted",
                "本期收到并予以受理的行政许可申请数（含逾期未告知补正视为受理，R-LIC-2）。",
                "Licensing applications received in the period and accepted (incl. deemed acceptance, R-LIC-2).",
                "计入：收件日期在统计期内、已有受理日期的申请。"),
            a => a.AcceptedOn != null),
        Applications(
            Def(
                "licensing.applications.not-accepted", "不予受理数", "Licensing applications not accepted",
                "本期收到的行政许可申请中决定不予受理的件数（R-LIC-2）。",
                "Licensing applications received in the period that were not accepted (R-LIC-2).",
                "计入：收件日期在统计期内、状态为不予受理的申请。"),
            a => a.Status == ApplicationStatus.NotAccepted),
        Applications(
            Def(
                "licensing.applications.granted", "准予许可数", "Licenses granted",
                "本期收到的行政许可申请中作出准予许可决定的件数。",
                "Licensing applications received in the period that were granted.",
                "计入：收件日期在统计期内、状态为准予许可的申请（含告知承诺当场发证）。"),
            a => a.Status == ApplicationStatus.Granted),
        Applications(
            Def(
                "licensing.applications.refused", "不予许可数", "Licenses refused",
                "本期收到的行政许可申请中作出不予许可决定的件数。",
                "Licensing applications received in the period that were refused.",
                "计入：收件日期在统计期内、状态为不予许可的申请。"),
            a => a.Status == ApplicationStatus.Refused),
        Applications(
            Def(
                "licensing.applications.on-the-spot", "当场办结数", "Granted on the spot",
                "本期准予许可的申请中，受理当日即作出准予许可决定的件数（即来即办）。",
                "Licensing applications received in the period granted on the day they were accepted.",
                "计入：收件日期在统计期内、状态为准予许可且决定日期等于受理日期的申请。"),
            a => a.Status == ApplicationStatus.Granted && a.DecidedOn == a.AcceptedOn),
        Applications(
            Def(
                "licensing.applications.commitment", "告知承诺审批数", "Granted on commitment",
                "本期准予许可的申请中，以告知承诺方式审批的件数（R-LIC-11）。",
                "Licensing applications received in the period granted on the applicant's commitment (R-LIC-11).",
                "计入：收件日期在统计期内、状态为准予许可且以告知承诺方式审批的申请。"),
            a => a.Status == ApplicationStatus.Granted && a.GrantedOnCommitment),
        new RateFigure(
            Def(
                "licensing.decisions.on-time-rate", "许可按期办结率", "Licensing decisions on time",
                "本期收到并已作出许可决定的申请中，在法定期限内作出决定的比例（R-LIC-4）。",
                "Of the licensing applications received in the period and decided, the share decided within the legal deadline (R-LIC-4).",
                "分母：收件日期在统计期内、已作出准予或不予许可决定的申请；分子：其中决定日期不晚于法定期限届满日（已扣除不计入期限的时间、含经批准延长）的申请。",
                FigureKind.Rate, "%"),
            Applications(
                Def("licensing.decisions.on-time", "按期办结数", "Decided on time", "", "", ""),
                a => (a.Status == ApplicationStatus.Granted || a.Status == ApplicationStatus.Refused) && a.DecidedOn <= a.LegalDueOn),
            Applications(Def("licensing.decisions.decided", "已办结数", "Decided", "", "", ""), Decided)),
        Applications(
            Def(
                "licensing.hearings", "许可听证数", "Licensing hearings",
                "本期收到的行政许可申请中组织听证的件数（R-LIC-6）。",
                "Licensing applications received in the period for which a hearing was arranged (R-LIC-6).",
                "计入：收件日期在统计期内、登记了听证（听证期间不计入审查期限）的申请。"),
            a => a.HearingOn != null),
        new QueryFigure(
            Def(
                "licensing.licences.revoked", "撤销许可数", "Licenses revoked",
                "本期撤销的行政许可件数（含告知承诺不实撤销）。",
                "Licenses revoked in the period (incl. revocation after a false commitment).",
                "计入：状态为已撤销、且撤销日期在统计期内的许可证。", breakdown: null),
            s => s.Rows<License>().Where(l => l.Status == LicenseStatus.Revoked && l.StatusChangedOn >= s.From && l.StatusChangedOn <= s.To)
                .Select(l => new FigureRecord
                {
                    OrganizationId = l.OrganizationId,
                    SubjectType = nameof(License),
                    SubjectId = l.Id,
                    Label = l.Number + " " + l.HolderName,
                    Date = l.StatusChangedOn!.Value,
                    Amount = 0m,
                    Group = null,
                })),
        new QueryFigure(
            Def(
                "licensing.commitment.verifications", "告知承诺核查任务数", "Commitment verifications",
                "本期以告知承诺方式发证、须在规定期限内核查的许可证数（R-LIC-11）。",
                "Licenses granted on commitment in the period that must be verified (R-LIC-11).",
                "计入：发证日期在统计期内的告知承诺核查任务，不论核查结果。", breakdown: null),
            s => s.Rows<CommitmentVerification>().Where(v => v.IssuedOn >= s.From && v.IssuedOn <= s.To).Select(Verification)),
        new QueryFigure(
            Def(
                "licensing.commitment.false", "虚假承诺数", "False commitments found",
                "本期告知承诺发证中，经核查承诺不实且未整改到位、已撤销许可的件数（R-LIC-11）。",
                "Licenses granted on commitment in the period whose commitment was found false and not put right, so the license was revoked (R-LIC-11).",
                "计入：发证日期在统计期内、核查结论为虚假承诺（已撤销许可）的核查任务。", breakdown: null),
            s => s.Rows<CommitmentVerification>().Where(v => v.IssuedOn >= s.From && v.IssuedOn <= s.To && v.Status == CommitmentVerificationStatus.FalseCommitment)
                .Select(Verification)),
    ];
}
