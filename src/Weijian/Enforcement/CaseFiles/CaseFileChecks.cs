using System.Collections.Frozen;
using Weijian.Enforcement.Money;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;

namespace Weijian.Enforcement.CaseFiles;

/// <summary>What an automatic check found: how many times (1 unless the defect is counted per document/recording) and why, in Chinese.</summary>
public sealed record CaseFileCheckHit(int Occurrences, string Reason);

/// <summary>
/// The automatic checks of 案卷评查 (R-EVA-1…3), by key. An evaluation standard names, for each item, the check that
/// detects it (or <see cref="Manual"/>). Each check reads only <see cref="CaseFileFacts"/> and the calendar, and fires
/// only on what the facts prove: a missing date means the step has not happened, and checks about a later stage wait
/// until the case has reached it. Periods come from <see cref="PenaltyDeadlines"/> (R-PEN-6, 14, 15, 17, 24).
/// </summary>
public static class CaseFileChecks
{
    /// <summary>The key of items only a reviewer can judge.</summary>
    public const string Manual = "manual";

    private static readonly FrozenDictionary<string, CheckDefinition> Definitions = new CheckDefinition[]
    {
        // ---- veto items (R-EVA-1) ----
        new("body.unauthorized", false, (f, _, _) => f.EnforcementBodyAuthorized
            ? null
            : Hit("作出决定的机关不具有本案的行政处罚权（权责清单无此职权）")),
        new("officers.fewer-than-two", false, (f, _, _) => f.Officers.Count >= 2
            ? null
            : Hit($"承办人仅{f.Officers.Count}名，执法人员不得少于两人（行政处罚法第四十二条，R-PEN-12）")),
        new("officers.uncertified", false, (f, _, _) => f.Officers.Where(o => !o.CertifiedOnActDates).Select(o => o.Name).ToList() is { Count: > 0 } names
            ? new CaseFileCheckHit(names.Count, $"承办人{string.Join("、", names)}在执法时未持有有效执法证（R-OFF-1）")
            : null),
        new("crime.not-transferred", false, (f, _, _) => f.CrimeSuspected && !f.CriminallyReferred
            ? Hit("涉嫌犯罪未移送司法机关（行政处罚法第二十七条，R-PEN-30）")
            : null),
        new("evidence.none", false, (f, _, _) => f.EvidenceItemCount > 0 ? null : Hit("案卷中没有任何证据材料，证据不足")),
        new("procedure.unlawful", false, UnlawfulProcedure),

        // ---- file form (R-EVA-2) ----
        new("file.cover-or-index-missing", false, (f, _, _) => (f.HasCover, f.HasIndex) switch
        {
            (true, true) => null,
            (false, false) => Hit("缺少卷皮和卷内目录"),
            (false, true) => Hit("缺少卷皮"),
            _ => Hit("缺少卷内目录"),
        }),
        new("file.pages-unnumbered", false, (f, _, _) => f.PagesNumbered ? null : Hit("卷内页码未编写或编写不规范（应在右下角用阿拉伯数字逐页编号）")),
        new("file.document-order", false, (f, _, _) => CaseFileOrder.FirstOutOfOrder(f.Documents) is { } wrong
            ? Hit($"文书排列顺序错误：{wrong.Description}（应为立案→取证→审查→决定→送达→执行）")
            : null),
        new("documents.missing-fields", false, (f, _, _) => MissingFields(f) is { Count: > 0 } missing
            ? new CaseFileCheckHit(missing.Count, "文书项目填写不全：" + string.Join("；", missing))
            : null),

        // ---- file content (R-EVA-2, R-EVA-3) ----
        new("filing.missing", false, (f, _, _) => f.Procedure == CaseProcedure.Ordinary
            && (f.FiledOn is null || !Has(f, CaseFileDocumentKinds.FilingReport))
            ? Hit(f.FiledOn is null ? "普通程序案件未办理立案" : "案卷中缺少立案报告")
            : null),
        new("filing.late", true, (f, calendar, days) =>
        {
            if (f.Procedure != CaseProcedure.Ordinary || f.ReceivedOn is not { } received || f.FiledOn is not { } filed)
            {
                return null;
            }

            var due = Deadline.Compute(calendar, "R-PEN-4", "", received, days!.Value, DeadlineUnit.WorkingDays).Due;
            return filed > due
                ? Hit($"{LegalDate.Chinese(received)}受理，{LegalDate.Chinese(filed)}立案，超过{days}个工作日的立案期限（应于{LegalDate.Chinese(due)}前）")
                : null;
        }),
        new("preservation.disposal-late", false, (f, calendar, _) =>
        {
            if (f.PreservationAppliedOn is not { } applied)
            {
                return null;
            }

            var due = PenaltyDeadlines.PreservationDisposalPeriod(calendar, applied).Due;
            return f.PreservationDisposedOn switch
            {
                { } disposed when disposed > due => Hit($"先行登记保存于{LegalDate.Chinese(applied)}，{LegalDate.Chinese(disposed)}才作出处理决定，超过七个工作日（应于{LegalDate.Chinese(due)}前，R-PEN-14）"),
                null when f.DecidedOn is not null => Hit($"先行登记保存于{LegalDate.Chinese(applied)}，案件已作出决定但未对登记保存物品作出处理决定（R-PEN-14）"),
                _ => null,
            };
        }),
        new("investigation.report-missing", false, (f, _, _) => f.Procedure == CaseProcedure.Ordinary
            && f.DecidedOn is not null
            && (f.InvestigationConcludedOn is null || !Has(f, CaseFileDocumentKinds.InvestigationReport))
            ? Hit("缺少调查终结报告")
            : null),
        new("notice.defense-period-not-awaited", true, (f, calendar, days) =>
        {
            if (f.Procedure != CaseProcedure.Ordinary || f.Outcome != CaseOutcome.Penalty || f.PriorNoticeServedOn is not { } served
                || f.DecidedOn is not { } decided || f.StatementReceivedOn is not null || f.StatementWaived)
            {
                return null;
            }

            var period = PenaltyDeadlines.DefensePeriod(calendar, served, days!.Value);
            return decided <= period.Due
                ? Hit($"事先告知书于{LegalDate.Chinese(served)}送达，陈述申辩期{days}个工作日至{LegalDate.Chinese(period.Due)}届满，却于{LegalDate.Chinese(decided)}即作出决定（R-PEN-15）")
                : null;
        }),
        new("statement.not-reexamined", false, (f, _, _) => f.StatementReceivedOn is not { } received
            ? null
            : f.StatementReexaminedOn switch
            {
                null => Hit($"当事人于{LegalDate.Chinese(received)}提出陈述申辩，案卷中无复核意见（行政处罚法第四十五条，R-PEN-15）"),
                { } reexamined when f.DecidedOn is { } decided && reexamined > decided => Hit("陈述申辩的复核晚于处罚决定（R-PEN-15）"),
                _ => null,
            }),
        new("hearing.notice-late", false, (f, calendar, _) =>
            f.HearingNotifiedOn is { } notified && f.HearingHeldOn is { } held && !PenaltyDeadlines.IsHearingNoticeTimely(calendar, notified, held)
                ? Hit($"听证通知于{LegalDate.Chinese(notified)}送达，{LegalDate.Chinese(held)}即举行听证，不足七个工作日（最早{LegalDate.Chinese(PenaltyDeadlines.EarliestHearingDate(calendar, notified))}，R-PEN-17）")
                : null),
        new("decision.late", false, (f, calendar, _) =>
        {
            if (f.Procedure != CaseProcedure.Ordinary || f.FiledOn is not { } filed || f.DecidedOn is not { } decided)
            {
                return null;
            }

            var due = PenaltyDeadlines.DecisionPeriod(calendar, filed, f.DecisionPeriodExtensions).Due;
            return decided > due
                ? Hit($"{LegalDate.Chinese(filed)}立案，{LegalDate.Chinese(decided)}作出决定，超过九十日办案期限（应于{LegalDate.Chinese(due)}前，R-PEN-6）")
                : null;
        }),
        new("decision.facts-missing", false, (f, _, _) => IsDecided(f) && !f.FactsStated ? Hit("决定书未写明违法事实和证据（R-PEN-22）") : null),
        new("decision.basis-missing", false, (f, _, _) => IsDecided(f) && !f.BasisCited ? Hit("决定书未写明法律依据（R-PEN-22）") : null),
        new("decision.reasoning-missing", false, (f, _, _) => IsDecided(f) && !f.ReasoningStated ? Hit("决定书未说理（未说明处罚种类、幅度的理由及对陈述申辩的采纳情况，R-EVA-3）") : null),
        new("discretion.unjustified", false, (f, _, _) => f.DiscretionOutsideBaseline && !f.DiscretionJustified
            ? Hit("处罚超出裁量基准范围且未说明理由（R-DIS-7）")
            : null),
        new("service.receipt-missing", false, (f, _, _) => f.Procedure == CaseProcedure.Ordinary && IsDecided(f)
            && (f.DecisionServedOn is null || !Has(f, CaseFileDocumentKinds.ServiceReceipt))
            ? Hit(f.DecisionServedOn is null ? "决定书未送达" : "缺少决定书送达回执")
            : null),
        new("service.late", false, (f, calendar, _) =>
        {
            if (f.Procedure != CaseProcedure.Ordinary || !IsDecided(f) || f.DecidedOn is not { } decided || f.DecisionServedOn is not { } served)
            {
                return null;
            }

            var due = PenaltyDeadlines.ServicePeriod(calendar, decided).Due;
            return served > due
                ? Hit($"{LegalDate.Chinese(decided)}作出决定，{LegalDate.Chinese(served)}送达，超过七个工作日（应于{LegalDate.Chinese(due)}前，R-PEN-24）")
                : null;
        }),
        new("execution.not-recorded", false, (f, _, _) => f.Outcome == CaseOutcome.Penalty && f.DecisionServedOn is not null && f.ExecutionRecordedOn is null
            ? Hit("处罚决定已送达，案卷中无执行情况记录（R-EVA-3）")
            : null),
        new("payment.collected-by-authority", false, (f, _, _) => f.FineCollectedOnSpot && f.Procedure == CaseProcedure.Ordinary
            ? Hit("普通程序案件由执法人员自行收缴罚款，违反罚缴分离（行政处罚法第六十七条，R-PEN-26）")
            : null),
        new("evidence.no-record", false, (f, _, _) => f.Procedure == CaseProcedure.Ordinary
            && !Has(f, CaseFileDocumentKinds.OnsiteRecord) && !Has(f, CaseFileDocumentKinds.InquiryRecord)
            ? Hit("案卷中既无现场笔录也无询问笔录（R-PEN-12）")
            : null),
        new("evidence.statement-only", false, (f, _, _) => f.EvidenceKinds.Count > 0 && f.EvidenceKinds.All(k => k == EvidenceKind.PartyStatement)
            ? Hit("证据仅有当事人陈述，无其他证据印证（R-EVA-3）")
            : null),
        new("av-record.missing", false, (f, _, _) => f.AvRecordsAttached < f.AvRecordsRequired
            ? new CaseFileCheckHit(f.AvRecordsRequired - f.AvRecordsAttached, $"应音像记录的执法环节{f.AvRecordsRequired}个，案卷仅附{f.AvRecordsAttached}个（R-TRS-6、R-TRS-7）")
            : null),
    }.ToFrozenDictionary(d => d.Key, StringComparer.Ordinal);

    /// <summary>Every implemented check key, sorted.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Definitions.Keys.Order(StringComparer.Ordinal)];

    /// <summary>True when <paramref name="key"/> is an implemented check (not <see cref="Manual"/>).</summary>
    public static bool IsKnown(string key) => Definitions.ContainsKey(key);

    /// <summary>True when the check compares against a configured period (<see cref="EvaluationItem.WorkingDays"/>).</summary>
    public static bool NeedsWorkingDays(string key) => Definitions.TryGetValue(key, out var d) && d.NeedsWorkingDays;

    /// <summary>
    /// Runs the check of <paramref name="item"/> on <paramref name="facts"/>: null when it does not fire or the item is
    /// <see cref="Manual"/>. Throws for an unknown key (a standard that passed validation has none).
    /// </summary>
    public static CaseFileCheckHit? Run(EvaluationItem item, CaseFileFacts facts, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!item.IsAutomatic)
        {
            return null;
        }

        var definition = Definitions.TryGetValue(item.Check, out var d)
            ? d
            : throw new ArgumentException($"Unknown case-file check '{item.Check}'.", nameof(item));
        return definition.Detect(facts, calendar, item.WorkingDays);
    }

    private static CaseFileCheckHit Hit(string reason) => new(1, reason);

    private static bool Has(CaseFileFacts f, string kindCode) => f.Documents.Any(d => d.KindCode == kindCode);

    private static bool IsDecided(CaseFileFacts f) => f.DecidedOn is not null && f.Outcome is CaseOutcome.Penalty or CaseOutcome.NoPenalty;

    /// <summary>R-EVA-1 程序违法: the breaches that make a decision unlawful, each named.</summary>
    private static CaseFileCheckHit? UnlawfulProcedure(CaseFileFacts f, BusinessCalendar calendar, int? days)
    {
        if (!IsDecided(f) || f.DecidedOn is not { } decided)
        {
            return null;
        }

        var breaches = new List<string>();
        if (f.Outcome == CaseOutcome.Penalty && f.Procedure == CaseProcedure.Ordinary)
        {
            // R-PEN-15, 行政处罚法第六十二条: no decision without the prior notice.
            if (f.PriorNoticeServedOn is not { } notice)
            {
                breaches.Add("未履行事先告知程序即作出处罚决定（行政处罚法第六十二条）");
            }
            else if (notice > decided)
            {
                breaches.Add("事先告知晚于处罚决定（行政处罚法第六十二条）");
            }

            // R-PEN-17: a requested hearing must be held unless waived.
            if (f.HearingRequestedOn is not null && !f.HearingWaived && (f.HearingHeldOn is not { } held || held > decided))
            {
                breaches.Add("当事人要求听证而未组织听证即作出决定（行政处罚法第六十三条）");
            }
        }

        // R-PEN-20: no decision without a passed legal review where it is mandatory.
        if (f.LegalReviewRequired && (f.LegalReviewPassedOn is not { } passed || passed > decided))
        {
            breaches.Add("应当进行法制审核而未经审核通过即作出决定（行政处罚法第五十八条）");
        }

        // R-PEN-19: complex or major cases are decided collectively.
        if (f.CollectiveDiscussionRequired && (f.CollectiveDiscussionHeldOn is not { } held2 || held2 > decided))
        {
            breaches.Add("应当集体讨论而未经集体讨论即作出决定（行政处罚法第五十七条第二款）");
        }

        if (f.Procedure == CaseProcedure.Ordinary && f.FiledOn is { } filed && decided < filed)
        {
            breaches.Add("先作出决定后立案");
        }

        return breaches.Count == 0 ? null : new CaseFileCheckHit(1, "程序违法：" + string.Join("；", breaches));
    }

    private static List<string> MissingFields(CaseFileFacts f)
    {
        var missing = new List<string>();
        foreach (var d in f.Documents)
        {
            var kind = CaseFileDocumentKinds.Find(d.KindCode);
            var fields = new List<string>();
            if (string.IsNullOrWhiteSpace(d.Title))
            {
                fields.Add("标题");
            }

            if (kind.RequiresNumber && string.IsNullOrWhiteSpace(d.Number))
            {
                fields.Add("文号");
            }

            if (kind.RequiresDate && d.Date is null)
            {
                fields.Add("日期");
            }

            if (fields.Count > 0)
            {
                missing.Add($"《{(string.IsNullOrWhiteSpace(d.Title) ? kind.Name : d.Title)}》缺少{string.Join("、", fields)}");
            }
        }

        return missing;
    }

    private sealed record CheckDefinition(string Key, bool NeedsWorkingDays, Func<CaseFileFacts, BusinessCalendar, int?, CaseFileCheckHit?> Detect);
}
