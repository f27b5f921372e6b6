using Weijian.Platform.Documents;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// The official documents each step produces (R-PEN-33 numbering, templates as data in <c>data/documents/</c>), filled
/// from the case record and issued in the step's own unit of work so the document and the step share one transaction.
/// Decisions go out as 三书同达 (R-PEN-34): the 行政处罚决定书 with a 信用修复告知书 (issued by the credit module) and a 行政合规建议书, listed on one
/// 送达回证 when served.
/// </summary>
public static class CaseDocuments
{
    /// <summary>Where the bureau's address and telephone are not yet part of the organisation record, documents say so plainly.</summary>
    private const string OrgContactFallback = "以本机关政务公开网站公示的办公地址和电话为准";

    public static async Task IssueForAsync(DocumentIssuer issuer, PenaltyCase c, CaseAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(c);
        foreach (var (template, content) in For(c, action))
        {
            await issuer.IssueAsync(
                c.OrganizationId, template, PenaltyCaseSteps.SubjectType, c.Id.ToString(), DocumentNumbers.CategoryOf(c.Specialty.ToString()), content, ct);
        }
    }

    /// <summary>The (template, content) pairs a step issues; empty for steps that produce no document.</summary>
    public static IEnumerable<(string Template, DocumentContent Content)> For(PenaltyCase c, CaseAction action)
    {
        ArgumentNullException.ThrowIfNull(c);
        var b = Base(c);
        switch (action)
        {
            case CaseAction.RegisterLead:
                yield return ("case-acceptance", b.With("case.source", CaseNames.Of(c.Source) + (c.SourceReference is { } r ? $"（{r}）" : ""))
                    .With("case.receivedOn", Date(c.ReceivedOn)).With("intake.receiver", Last(c).Actor).With("intake.opinion", "建议提请立案调查"));
                break;
            case CaseAction.ApproveFiling:
                yield return ("case-filing", b.With("case.source", CaseNames.Of(c.Source)).With("case.receivedOn", Date(c.ReceivedOn))
                    .With("filing.opinion", c.FilingOpinion ?? "").With("approval.approver", c.FilingApprovedBy ?? "").With("approval.date", Date(c.FiledOn))
                    .With("approval.opinion", Last(c).Note ?? "同意立案"));
                break;
            case CaseAction.RecordOnSiteAct:
                var act = c.Acts[^1];
                var record = b.With("record.startedAt", Date(act.Date)).With("record.place", act.Place ?? c.PartyAddress)
                    .With("record.officers", string.Join("、", act.Officers.Select(o => $"{o.Name}（执法证号{o.CredentialNumber}）")))
                    .With("record.content", act.Content ?? "").With("record.recorder", act.RecordedBy);
                yield return act.Kind == CaseActKind.Inquiry
                    ? ("inquiry-record", record.With("record.respondent", act.Subject ?? c.PartyRepresentative ?? c.PartyName).With("record.subject", c.Cause))
                    : ("field-record", record);
                break;
            case CaseAction.ApprovePreservation:
                var p = c.Preservations.Last(x => x.ApprovedOn is not null);
                yield return ("preservation-decision", b.With("preservation.period", $"自{Date(p.ApprovedOn)}起7个工作日内（至{Date(p.DisposeBy)}）")
                    .With("preservation.place", p.Place) with
                {
                    Rows = Rows("items", p.Items.Split(['\n', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(i => Row(("name", i), ("spec", ""), ("quantity", ""), ("note", "")))),
                });
                break;
            case CaseAction.ConcludeInvestigation:
                // 调查终结报告 (行政处罚法第五十七条): the file's first document of the 审查 stage (R-EVA-2).
                yield return ("investigation-report", Decision(b, c, c.DraftTerms).With("case.filedOn", Date(c.FiledOn)).With("doc.date", Date(c.ConcludedOn)));
                break;
            case CaseAction.NotifyParty:
                var notice = Decision(b, c, c.NotifiedTerms).With("rights.text", c.HearingRight
                    ? $"你（单位）有权进行陈述和申辩；并有权要求举行听证，应当在{Date(c.HearingRequestDue)}前提出。"
                    : $"你（单位）有权进行陈述和申辩，请于{Date(c.StatementDue)}前提出。");
                if (c.HearingRight)
                {
                    notice = notice.With("hearing.requestDeadline", Date(c.HearingRequestDue));
                }

                yield return ("penalty-notice", notice);
                if (c.HearingRight)
                {
                    yield return ("hearing-notice", notice);
                }

                break;
            case CaseAction.ScheduleHearing:
                yield return ("hearing-summons", b.With("hearing.time", Date(c.HearingDate)).With("hearing.place", c.HearingPlace ?? "")
                    .With("hearing.presiding", c.HearingPresidingName ?? "").With("hearing.clerk", Last(c).Actor));
                break;
            case CaseAction.RecordHearing:
                yield return ("hearing-record", b.With("hearing.time", Date(c.HearingHeldOn)).With("hearing.place", c.HearingPlace ?? "")
                    .With("hearing.presiding", c.HearingPresidingName ?? "").With("hearing.clerk", Last(c).Actor)
                    .With("hearing.transcript", c.HearingTranscript ?? ""));
                break;
            case CaseAction.CompleteLegalReview:
                var review = c.Reviews[^1];
                yield return ("legal-review-opinion", Decision(b, c, c.DraftTerms).With("review.reviewer", review.ReviewerName ?? "")
                    .With("review.draftVersion", $"第{review.DraftVersion}版").With("review.opinion", review.Opinion ?? "")
                    .With("review.outcome", review.Outcome is { } o ? CaseNames.Of(o) : ""));
                break;
            case CaseAction.RecordCollectiveDiscussion:
                var d = c.Discussions[^1];
                yield return ("collective-discussion", b.With("discussion.time", Date(d.HeldOn)).With("discussion.place", d.Place).With("discussion.host", d.Host)
                    .With("discussion.attendees", string.Join("、", d.Attendees)).With("discussion.recusals", d.Recusals.Count == 0 ? "无" : string.Join("、", d.Recusals))
                    .With("discussion.conclusion", d.Conclusion).With("record.recorder", Last(c).Actor) with
                {
                    Rows = Rows("opinions", d.Opinions.Select(x => Row(("person", x.Person), ("opinion", x.Opinion)))),
                });
                break;
            case CaseAction.DecidePenalty:
            case CaseAction.DecideSummarily:
                var decision = Decision(b, c, c.DecidedTerms);
                if (c.Statement is not null)
                {
                    decision = decision.With("defense.summary", $"当事人提出陈述申辩：{c.Statement}。经复核：{c.ReExamination}");
                }

                yield return ("penalty-decision", decision);
                // The 信用修复告知书 of 三书同达 is issued in the same unit of work by the credit module's PenaltyDecided
                // subscriber, with the grade and the publication window it computes (R-CRD-4).
                yield return ("compliance-advice", decision.With("compliance.advice",
                    $"建议你（单位）针对“{c.Cause}”问题建立健全内部管理制度，组织从业人员学习相关法律法规，定期开展自查，防止违法行为再次发生。"));
                break;
            case CaseAction.DecideNoPenalty:
                yield return ("no-penalty-decision", Decision(b, c, null).With("noPenalty.reason", c.NoPenaltyReason ?? "").With("noPenalty.basis", c.PenaltyBasis ?? ""));
                break;
            case CaseAction.ServeDecision:
                yield return ("service-receipt", b.With("service.method", c.ServiceMethod is { } m ? CaseNames.Of(m) : "").With("service.recipient", c.ServiceRecipient ?? "")
                    .With("service.date", Date(c.ServedOn)).With("service.witness", c.ServiceWitness ?? "").With("service.note", c.ServiceNote ?? "") with
                {
                    Rows = Rows("served", c.Outcome == CaseOutcome.NoPenalty
                        ? [Row(("name", "不予行政处罚决定书"), ("number", ""))]
                        : [Row(("name", "行政处罚决定书"), ("number", "")), Row(("name", "信用修复告知书"), ("number", "")), Row(("name", "行政合规建议书"), ("number", ""))]),
                });
                break;
            case CaseAction.SendPaymentReminder:
                yield return ("payment-reminder", Decision(b, c, c.DecidedTerms).With("decision.date", Date(c.DecidedOn)).With("decision.number", "见行政处罚决定书")
                    .With("reminder.amountDue", $"{c.DecidedTerms?.MoneyDue:0.00}元").With("reminder.deadline", "收到本催告书之日起10个工作日内"));
                break;
            case CaseAction.DecideReferral when c.Status == CaseStatus.Transferred:
                yield return ("criminal-referral", b.With("referral.receiver", c.ReferralReceiver ?? "").With("referral.reason", c.ReferralReason ?? "")
                    .With("facts", c.Facts ?? c.Summary) with
                {
                    Rows = Rows("referralItems", [Row(("name", "案件材料（含立案报告、调查取证材料）"), ("quantity", "1宗"), ("note", "")), .. c.Acts.Select(a => Row(("name", a.Title), ("quantity", "1份"), ("note", Date(a.Date))))]),
                });
                break;
            case CaseAction.CloseCase:
                yield return ("case-closing", b.With("closing.summary", c.ClosingSummary ?? "").With("closing.execution", c.ExecutionNote ?? c.EndReason ?? "—")
                    .With("closing.opinion", "建议结案").With("case.result", Result(c)).With("approval.approver", Last(c).Actor).With("approval.date", Date(c.ClosedOn)));
                break;
            case CaseAction.ArchiveCase:
                yield return ("case-file-cover", b.With("case.result", Result(c)).With("case.closedOn", Date(c.ClosedOn ?? c.ArchivedOn))
                    .With("case.filedOn", Date(c.FiledOn ?? c.ReceivedOn)).With("archive.date", Date(c.ArchivedOn)).With("archive.number", c.Number));
                break;
            default:
                yield break;
        }
    }

    private static DocumentContent Base(PenaltyCase c) => DocumentContent.Of(new Dictionary<string, string>
    {
        ["case.number"] = c.Number,
        ["case.cause"] = c.Cause,
        ["case.summary"] = c.Summary,
        ["case.specialty"] = Specialties.ChineseName(c.Specialty),
        ["case.handlers"] = string.Join("、", c.Handlers.Select(h => $"{h.Name}（{h.CredentialNumber}）")),
        ["party.name"] = c.PartyName,
        ["party.address"] = c.PartyAddress,
        ["party.creditCode"] = c.PartyCreditCode,
        ["party.legalRepresentative"] = c.PartyRepresentative ?? "",
        ["party.phone"] = c.PartyPhone ?? "",
        ["org.address"] = OrgContactFallback,
        ["org.phone"] = OrgContactFallback,
        ["remedy.reviewBody"] = "本级人民政府",
        ["remedy.court"] = "有管辖权的人民法院",
    });

    private static DocumentContent Decision(DocumentContent b, PenaltyCase c, PenaltyTerms? terms) => b
        .With("facts", c.Facts ?? "").With("evidence", c.EvidenceSummary ?? "").With("violatedProvision", c.ViolatedProvision ?? "")
        .With("penaltyBasis", c.PenaltyBasis ?? "").With("penalty.text", terms?.Describe() ?? "不予行政处罚")
        .With("discretion.reasoning", c.DiscretionReasoning ?? "");

    private static string Result(PenaltyCase c) => c.Outcome is { } o ? $"{CaseNames.Of(o)}{(c.DecidedTerms is { } t ? "：" + t.Describe() : "")}" : CaseNames.Of(c.Status);

    private static CaseStep Last(PenaltyCase c) => c.Steps[^1];

    private static string Date(DateOnly? d) => d is { } x ? DocumentNumbers.ChineseDate(x) : "";

    private static Dictionary<string, string> Row(params (string Key, string Value)[] cells) => cells.ToDictionary(x => x.Key, x => x.Value);

    private static Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Rows(string name, IEnumerable<IReadOnlyDictionary<string, string>> rows) =>
        new() { [name] = [.. rows] };
}
