using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Items;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Applications;

/// <summary>
/// The written receipts and decisions of a license application (templates as data in <c>data/documents/licence-*.json</c>,
/// docs/adr/0006), issued by <see cref="DocumentIssuer"/> inside the handler's own unit of work and kept on the application
/// (<see cref="LicenseApplication.Documents"/>). Every intake outcome gets a dated receipt (R-LIC-2, R-LIC-10, R-LIC-14), an
/// extension and an excluded period are told in writing (R-LIC-4, R-LIC-6), a hearing is notified (R-LIC-7), a decision is
/// written with its reasons and, for a refusal, the 复议/诉讼 rights (R-LIC-5), a grant comes with its certificate, and the
/// 告知承诺 route with the signed 承诺书 (R-LIC-11/12). Numbers follow R-PEN-33 without a 执法类别 (冷卫许受〔2026〕12号).
/// </summary>
public static class ApplicationDocuments
{
    public const string Acceptance = "licence-acceptance";
    public const string NonAcceptance = "licence-non-acceptance";
    public const string DeficiencyNotice = "licence-deficiency-notice";
    public const string ConditionalAcceptance = "licence-conditional-acceptance";
    public const string ExtensionNotice = "licence-extension-notice";
    public const string SpecialProcedureNotice = "licence-special-procedure-notice";
    public const string HearingNotice = "licence-hearing-notice";
    public const string GrantDecision = "licence-grant-decision";
    public const string RefusalDecision = "licence-refusal-decision";
    public const string Commitment = "licence-commitment";
    public const string Certificate = "licence-certificate";

    /// <summary>
    /// R-LIC-2: the law sets no period for the applicant to supplement materials; the bureau names one on the notice so the
    /// file does not stay open indefinitely. Set per bureau with an effective date (the default is this system's).
    /// </summary>
    public static readonly RuleParameterDefinition DeficiencySupplyDays = new(
        "licensing.deficiency-supply-days", "R-LIC-2", "一次性告知补正期限", "日", 30m, "R-LIC-2 本系统默认值（法律未规定补正期限，由本单位确定）");

    public static string Date(DateOnly? d) => d is { } x ? DocumentNumbers.ChineseDate(x) : "";

    /// <summary>The applicant and the application as every licensing document names them.</summary>
    public static DocumentContent Base(LicenseApplication a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["party.name"] = a.ApplicantName,
            ["party.creditCode"] = a.ApplicantCreditCode ?? "",
            ["application.number"] = a.Number,
            ["application.item"] = a.ItemName,
            ["application.receivedOn"] = Date(a.ReceivedOn),
            ["application.statutoryDays"] = string.Create(CultureInfo.InvariantCulture, $"{a.StatutoryDays}个工作日"),
        };
        if (a.Scope.Length > 0)
        {
            fields["application.scope"] = a.Scope;
        }

        Optional(fields, "application.acceptedOn", a.AcceptedOn);
        Optional(fields, "application.legalDueOn", a.LegalDueOn);
        if (a.PromisedDueOn is { } promised && promised != a.LegalDueOn)
        {
            fields["application.promisedDueOn"] = Date(promised);
        }

        return DocumentContent.Of(fields);
    }

    /// <summary>Issues one document about the application and keeps it on the application (the caller saves).</summary>
    public static async Task<IssuedDocument> IssueAsync(
        DocumentIssuer issuer, LicenseApplication a, string template, DocumentContent content, CancellationToken ct, bool isDecision = false, License? aboutLicense = null)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(a);
        // The certificate belongs to the license as well: it is listed on the license register page (subject License).
        var doc = aboutLicense is null
            ? await issuer.IssueAsync(a.OrganizationId, template, ApplicationSteps.SubjectType, a.Id.ToString(), null, content, ct)
            : await issuer.IssueAsync(a.OrganizationId, template, LicenseRegister.SubjectType, aboutLicense.Id.ToString(), null, content, ct);
        a.RecordDocument(new ApplicationDocument(doc.Id, doc.TemplateKey, doc.Title, doc.Number, doc.IssuedOn, isDecision));
        return doc;
    }

    /// <summary>受理通知书 (R-LIC-2), or 容缺受理通知书 listing the gaps and their due date (R-LIC-14).</summary>
    public static Task<IssuedDocument> AcceptanceAsync(DocumentIssuer issuer, LicenseApplication a, IReadOnlyList<string> rongque, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(rongque);
        var content = Base(a);
        if (a.RongqueDueOn is { } due && rongque.Count > 0)
        {
            return IssueAsync(issuer, a, ConditionalAcceptance, content.With("rongque.dueOn", Date(due)) with
            {
                Rows = Rows(rongque.Select(m => ("容缺", m))),
            }, ct);
        }

        // 行政许可法第三十二条第一款第（四）项: no notice within 5 days means accepted on the day the materials arrived.
        var finding = a.DeemedAccepted
            ? "本机关未在收到申请材料之日起五日内一次告知需要补正的内容，依照《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，自收到申请材料之日起即为受理"
            : "申请材料齐全、符合法定形式";
        return IssueAsync(issuer, a, Acceptance, content.With("intake.finding", finding), ct);
    }

    /// <summary>一次性告知书: every material to supply and every correction, as a table, with the supply deadline (R-LIC-2, R-LIC-10).</summary>
    public static async Task<IssuedDocument> DeficiencyNoticeAsync(WeijianDb db, DocumentIssuer issuer, LicenseApplication a, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(a);
        var days = (int)(await RuleParameters.ResolveAsync(db, DeficiencySupplyDays, a.OrganizationId, today, ct)).Value;
        var rows = a.Deficiencies.Select(d => d.Split('：', 2) is [var kind, var what] ? (kind, what) : ("补正", d));
        return await IssueAsync(issuer, a, DeficiencyNotice, Base(a).With("deficiency.deadline", Date(today.AddDays(days))) with { Rows = Rows(rows) }, ct);
    }

    /// <summary>不予受理决定书 (R-LIC-2): the reason, the right authority when the matter is not ours, the remedies.</summary>
    public static Task<IssuedDocument> NonAcceptanceAsync(DocumentIssuer issuer, LicenseApplication a, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(a);
        var content = Base(a).With("intake.refusalReason", a.IntakeRefusal == IntakeRefusal.NotOurAuthority
            ? "申请事项依法不属于本机关职权范围"
            : "申请事项依法不需要取得行政许可");
        if (a.RightAuthority is { } authority)
        {
            content = content.With("intake.rightAuthority", authority);
        }

        if (a.IntakeRefusalNote is { } note)
        {
            content = content.With("intake.note", note);
        }

        return IssueAsync(issuer, a, NonAcceptance, content, ct);
    }

    /// <summary>延长行政许可期限告知书: the reason, the approving head and the new due date (R-LIC-4).</summary>
    public static Task<IssuedDocument> ExtensionNoticeAsync(DocumentIssuer issuer, LicenseApplication a, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(a);
        return IssueAsync(issuer, a, ExtensionNotice, Base(a).With("extension.reason", a.ExtensionReason ?? "")
            .With("extension.approver", a.ExtensionApprovedBy ?? "").With("extension.newDueOn", Date(a.LegalDueOn)), ct);
    }

    /// <summary>特殊程序告知书 (检验、检测/鉴定/专家评审): which, why, and from when the time is excluded (R-LIC-6).</summary>
    public static Task<IssuedDocument> SpecialProcedureNoticeAsync(DocumentIssuer issuer, LicenseApplication a, ExcludedPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        return IssueAsync(issuer, a, SpecialProcedureNotice, Base(a).With("procedure.kind", ApplicationNames.Of(period.Kind))
            .With("procedure.reason", period.Reason).With("procedure.from", Date(period.From)), ct);
    }

    /// <summary>行政许可听证通知书 at least 7 days ahead: time, place, presider, the right to ask for recusal (R-LIC-7).</summary>
    public static Task<IssuedDocument> HearingNoticeAsync(DocumentIssuer issuer, LicenseApplication a, ExcludedPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var content = Base(a).With("procedure.reason", period.Reason).With("hearing.time", Date(period.HearingOn)).With("hearing.presiding", period.Presider ?? "");
        if (period.Place is { } place)
        {
            content = content.With("hearing.place", place);
        }

        return IssueAsync(issuer, a, HearingNotice, content, ct);
    }

    /// <summary>告知承诺书 from the item's obligations with the applicant's signature line (R-LIC-11).</summary>
    public static Task<IssuedDocument> CommitmentAsync(DocumentIssuer issuer, LicenseApplication a, LicenseItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        return IssueAsync(issuer, a, Commitment, Base(a).With("commitment.conditions", item.Conditions)
            .With("commitment.obligations", item.CommitmentObligations ?? item.Conditions), ct);
    }

    /// <summary>
    /// 准予行政许可决定书 and, unless the grant cancels the license, the 许可证件 of the license as it now stands (R-LIC-5).
    /// Returns the decision document (its id goes on <see cref="LicensingDecided"/> for the public notice's verify link).
    /// </summary>
    public static async Task<IssuedDocument> GrantAsync(WeijianDb db, DocumentIssuer issuer, LicenseApplication a, License license, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(license);
        var content = Base(a).With("licensing.reason", a.DecisionReason ?? "申请符合法定条件、标准");
        if (license.Status != LicenseStatus.Cancelled)
        {
            content = content.With("licence.number", license.Number).With("licence.validUntil", license.ValidUntil is { } u ? Date(u) : "长期");
        }

        var decision = await IssueAsync(issuer, a, GrantDecision, content, ct, isDecision: true);
        if (license.Status != LicenseStatus.Cancelled)
        {
            await CertificateAsync(db, issuer, a, license, decision.Number, ct);
        }

        return decision;
    }

    /// <summary>许可证件 with its QR verification (R-LIC-5): holder, number, item, scope and address, validity, authority.</summary>
    public static async Task<IssuedDocument> CertificateAsync(WeijianDb db, DocumentIssuer issuer, LicenseApplication a, License license, string? decisionNumber, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(license);
        var holder = await db.Set<RegulatedEntity>().AsNoTracking().Where(e => e.Id == license.EntityId)
            .Select(e => new { e.Address, e.LegalRepresentative }).SingleOrDefaultAsync(ct);
        var content = DocumentContent.Of(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["party.name"] = license.HolderName,
            ["party.creditCode"] = license.HolderCreditCode,
            ["application.item"] = a.ItemName,
            ["licence.number"] = license.Number,
            ["licence.scope"] = license.Scope.Length > 0 ? license.Scope : a.ItemName,
            ["licence.issuedOn"] = Date(license.IssuedOn),
            ["licence.validUntil"] = license.ValidUntil is { } u ? Date(u) : "长期",
            ["licensing.decisionNumber"] = decisionNumber ?? a.DecisionNumber ?? "",
            ["party.address"] = holder?.Address ?? "",
            ["party.legalRepresentative"] = holder?.LegalRepresentative ?? "",
        });
        return await IssueAsync(issuer, a, Certificate, content, ct, aboutLicense: license);
    }

    /// <summary>不予行政许可决定书: the reasons and the 复议 (60 days) / 诉讼 (6 months) rights with the bodies named (R-LIC-5).</summary>
    public static Task<IssuedDocument> RefusalAsync(DocumentIssuer issuer, LicenseApplication a, string reason, string reviewBody, string court, CancellationToken ct) =>
        IssueAsync(issuer, a, RefusalDecision, Base(a).With("licensing.reason", reason).With("remedy.reviewBody", reviewBody).With("remedy.court", court), ct, isDecision: true);

    private static void Optional(Dictionary<string, string> fields, string key, DateOnly? value)
    {
        if (value is { } v)
        {
            fields[key] = Date(v);
        }
    }

    private static Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Rows(IEnumerable<(string Kind, string Content)> rows) =>
        new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal)
        {
            ["deficiencies"] = rows.Select((r, i) => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["order"] = (i + 1).ToString(CultureInfo.InvariantCulture),
                ["kind"] = r.Kind,
                ["content"] = r.Content,
            }).ToList(),
        };
}
