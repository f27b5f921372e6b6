using Microsoft.EntityFrameworkCore;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Credit;

/// <summary>
/// A penalty decided (general or simple procedure) becomes an adverse credit record in the deciding unit of work (R-CRD-4),
/// graded and windowed by the rule set in force on the decision date (R-CRD-1/2); the 信用修复告知书 of 三书同达 (R-PEN-34)
/// goes out with it, stating the grade, the window and how to apply; the entity's credit grade follows (R-CRD-5).
/// </summary>
public sealed class CreditOnPenaltyDecided(WeijianDb db, DocumentIssuer documents, TimeProvider clock)
    : IDomainEventSubscriber<PenaltyDecided>
{
    public const string NoticeTemplate = "credit-repair-notice";

    public async Task OnAsync(PenaltyDecided domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var c = await db.Set<PenaltyCase>().FindAsync([domainEvent.CaseId], ct)
            ?? throw new InvalidOperationException($"Penalty case {domainEvent.CaseId} is not in this unit of work.");
        if (await db.Set<CreditRecord>().AnyAsync(r => r.Source == CreditSource.Penalty && r.SourceId == c.Id, ct))
        {
            return;
        }

        var terms = c.DecidedTerms ?? PenaltyTerms.None;
        var types = PenaltyTypes(terms);
        var seriousMoney = await RuleParameters.ResolveAsync(db, CreditParameters.SeriousMoney, c.OrganizationId, domainEvent.DecidedOn, ct);
        var window = CreditRuleSets.Shipped.Compute(
            new CreditFacts(CreditSource.Penalty, domainEvent.DecidedOn, types, terms.MoneyDue + terms.ConfiscatedPropertyValue, c.Procedure == CaseProcedure.Summary,
                Specialties.ChineseName(c.Specialty)),
            seriousMoney.Value);
        var decisionNumber = db.ChangeTracker.Entries<IssuedDocument>().Select(e => e.Entity)
            .Where(d => d.SubjectId == c.Id.ToString() && d.TemplateKey == "penalty-decision" && d.Number != null)
            .OrderByDescending(d => d.IssuedAt).Select(d => d.Number).FirstOrDefault() ?? c.Number;
        var now = clock.GetUtcNow();
        var record = CreditRecord.Create(
            c.OrganizationId, c.EntityId, c.PartyName, c.PartyKind, c.PartyCreditCode, CreditSource.Penalty, c.Id, decisionNumber, terms.Describe(), types, window,
            c.Handlers.Select(h => h.UserId).FirstOrDefault(u => u is not null), db.Actor.Name, now);
        db.Set<CreditRecord>().Add(record);
        db.Audit(c.OrganizationId, CreditAuditActions.Created, CreditAuditActions.SubjectType, record.Id.ToString(), Payload(record));

        var days = await RuleParameters.ResolveAsync(db, CreditParameters.RepairDecisionWorkingDays, c.OrganizationId, domainEvent.DecidedOn, ct);
        await documents.IssueAsync(
            c.OrganizationId, NoticeTemplate, PenaltyCaseSteps.SubjectType, c.Id.ToString(), DocumentNumbers.CategoryOf(c.Specialty.ToString()),
            NoticeContent(record, c.PartyName, (int)days.Value), ct);
        await CreditGrading.UpdateAsync(db, c.OrganizationId, c.EntityId, clock, ct);
    }

    /// <summary>The type codes the rule sets grade on: the measures, plus 罚款 and 没收 when money is involved.</summary>
    public static IReadOnlyList<string> PenaltyTypes(PenaltyTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var types = terms.Measures.Select(m => m.ToString()).ToList();
        if (terms.Fine > 0)
        {
            types.Add("Fine");
        }

        if (terms.ConfiscatedGains > 0 || terms.ConfiscatedPropertyValue > 0 || terms.ConfiscatedProperty is not null)
        {
            types.Add("Confiscation");
        }

        return types;
    }

    internal static object Payload(CreditRecord r) => new
    {
        r.PartyName,
        r.SourceNumber,
        Severity = CreditRuleSets.ChineseName(r.Severity),
        RuleSet = r.RuleSetName,
        r.Published,
        r.PublishFrom,
        r.MinUntil,
        r.MaxUntil,
    };

    /// <summary>The notice's fields (R-PEN-34, R-CRD-4): grade, the window with its dates, and how and when to apply.</summary>
    public static DocumentContent NoticeContent(CreditRecord record, string partyName, int decisionWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(record);
        var grade = record.Severity is null ? $"按{record.RuleSetName}公示，不区分失信程度" : $"{CreditRuleSets.ChineseName(record.Severity)}失信";
        var period = record.Published
            ? $"该信息将依法向社会公示，公示期自{Date(record.PublishFrom)}起，最短公示期至{Date(record.MinUntil)}届满，最长公示期至{Date(record.MaxUntil)}届满，期满后自动停止公示"
            : "依据规定，轻微失信信息原则上不予公示";
        var repair = record.Published
            ? $"一、申请时间：自{Date(record.MinUntil)}起，在公示期内可以申请信用修复。\n"
              + "二、申请条件：已履行行政处罚决定规定的义务（含缴纳罚款），已纠正违法行为。\n"
              + "三、申请途径：在本机关信用信息公示页面在线提交，或者到本机关窗口提交申请，填写统一社会信用代码（身份证号码）、本决定书文号和联系方式，并上传纠正违法行为和缴纳罚款的证明材料。\n"
              + $"四、办理：按照“谁认定、谁修复”的原则由本机关办理，自收到申请之日起{decisionWorkingDays}个工作日内作出决定；准予修复的，停止公示。"
            : "该信息不予公示，无需申请信用修复。";
        return DocumentContent.Of(new Dictionary<string, string>
        {
            ["party.name"] = partyName,
            ["decision.date"] = Date(record.DecidedOn),
            ["decision.number"] = record.SourceNumber,
            ["credit.grade"] = grade,
            ["credit.period"] = period,
            ["credit.repair"] = repair,
        });
    }

    private static string Date(DateOnly? d) => d is { } x ? DocumentNumbers.ChineseDate(x) : "";
}
