using Weijian.Enforcement.CaseFiles;
using Weijian.Enforcement.Money;
using static Weijian.Tests.Calendar.ShippedCalendar;
using static Weijian.Tests.Enforcement.ModelCaseFile;

namespace Weijian.Tests.Enforcement;

/// <summary>案卷评查 self-check (R-EVA-1…4) on the model file and its single-defect variants.</summary>
public class CaseFileSelfCheckTests
{
    /// <summary>
    /// A defect introduced into the model file, the item it must trigger, and the points the file then loses (0 for a
    /// veto). Each row changes one fact; "near miss" rows change it just short of the defect and must trigger nothing.
    /// </summary>
    public static readonly TheoryData<string, string?, decimal> Defects =
    [
        // R-EVA-1 veto items
        ("body not authorised", "V01", 0m),
        ("one officer uncertified", "V02", 0m),
        ("one officer only", "V03", 0m),
        ("crime suspected, not transferred", "V04", 0m),
        ("no evidence at all", "V05", 0m),
        ("decided without prior notice", "V09", 0m),
        ("prior notice after the decision", "V09", 0m),
        ("hearing requested, not held", "V09", 0m),
        ("legal review required, not passed", "V09", 0m),
        ("legal review passed after the decision", "V09", 0m),
        ("collective discussion required, not held", "V09", 0m),
        ("decided before filing", "V09", 0m),

        // R-EVA-2 form deductions
        ("decision without number", "F02", 1m),
        ("no cover", "F04", 2m),
        ("pages unnumbered", "F05", 2m),
        ("inquiry record filed after the notice", "F06", 2m),

        // R-EVA-2/3 content deductions
        ("no filing report", "C01", 2m),
        ("filed on the 8th working day", "C02", 1m),
        ("preservation disposed on the 8th working day", "C03", 1m),
        ("preservation never disposed", "C03", 1m),
        ("no investigation report", "C04", 3m),
        ("decided within the defence period", "C05", 2m),
        ("hearing one working day early", "C06", 1m),
        ("statement not re-examined", "C07", 2m),
        ("statement re-examined after the decision", "C07", 2m),
        ("no service receipt", "C08", 2m),
        ("served on the 8th working day", "C09", 1m),
        ("no execution record", "C10", 2m),
        ("decided on day 91", "C11", 3m),
        ("no onsite or inquiry record", "C12", 3m),
        ("party statement only", "C13", 5m),
        ("facts not stated", "C14", 5m),
        ("basis not cited", "C15", 5m),
        ("no reasoning", "C16", 3m),
        ("outside baseline unjustified", "C17", 5m),
        ("fine collected by officers", "C18", 5m),
        ("one AV record missing", "C19", 1m),

        // near misses: the same facts on the right side of the line trigger nothing
        ("filed on the 7th working day", null, 0m),
        ("preservation disposed on the 7th working day", null, 0m),
        ("decided after the defence period", null, 0m),
        ("defence expressly waived", null, 0m),
        ("hearing waived", null, 0m),
        ("served on the 7th working day", null, 0m),
        ("decided on day 90", null, 0m),
        ("day 91 with a listed extension", null, 0m),
        ("outside baseline justified", null, 0m),
        ("crime suspected and transferred", null, 0m),
        ("inquiry record only", null, 0m),
    ];

    private static CaseFileFacts Variant(string name) => name switch
    {
        "body not authorised" => Facts with { EnforcementBodyAuthorized = false },
        "one officer uncertified" => Facts with { Officers = [new("张明", true), new("李华", false)] },
        "one officer only" => Facts with { Officers = [new("张明", true)] },
        "crime suspected, not transferred" => Facts with { CrimeSuspected = true },
        "crime suspected and transferred" => Facts with { CrimeSuspected = true, CriminallyReferred = true },
        "no evidence at all" => Facts with { EvidenceItemCount = 0, EvidenceKinds = [] },
        "decided without prior notice" => Facts with { PriorNoticeServedOn = null },
        "prior notice after the decision" => Facts with { PriorNoticeServedOn = D("2026-04-16") },
        "hearing requested, not held" => Facts with { HearingHeldOn = null },
        "hearing waived" => Facts with { HearingHeldOn = null, HearingWaived = true },
        "legal review required, not passed" => Facts with { LegalReviewPassedOn = null },
        "legal review passed after the decision" => Facts with { LegalReviewPassedOn = D("2026-04-16") },
        "collective discussion required, not held" => Facts with { CollectiveDiscussionHeldOn = null },
        "decided before filing" => Facts with { ReceivedOn = D("2026-04-14"), FiledOn = D("2026-04-16") },
        "decision without number" => Facts with { Documents = [.. Documents.Select(d => d.KindCode == "penalty-decision" ? d with { Number = " " } : d)] },
        "no cover" => Facts with { HasCover = false },
        "pages unnumbered" => Facts with { PagesNumbered = false },
        "inquiry record filed after the notice" => Facts with
        {
            Documents = [.. Without("inquiry-record").SelectMany(d => d.KindCode == "prior-notice" ? [d, Documents.Single(x => x.KindCode == "inquiry-record")] : new[] { d })],
        },
        "no filing report" => Facts with { Documents = Without("filing-report") },

        // R-EVA-2 filing late: received Mon 3/2 + 7 working days = Wed 3/11.
        "filed on the 7th working day" => Facts with { FiledOn = D("2026-03-11") },
        "filed on the 8th working day" => Facts with { FiledOn = D("2026-03-12") },

        // R-PEN-14: preserved Thu 3/5 + 7 working days = Mon 3/16.
        "preservation disposed on the 7th working day" => Facts with { PreservationDisposedOn = D("2026-03-16") },
        "preservation disposed on the 8th working day" => Facts with { PreservationDisposedOn = D("2026-03-17") },
        "preservation never disposed" => Facts with { PreservationDisposedOn = null },
        "no investigation report" => Facts with { Documents = Without("investigation-report") },

        // R-PEN-15: notice served Mon 4/13, 3 working days → Thu 4/16; no statement received.
        "decided within the defence period" => Facts with
        {
            PriorNoticeServedOn = D("2026-04-13"),
            StatementReceivedOn = null,
            StatementReexaminedOn = null,
            DecidedOn = D("2026-04-16"),
        },
        "decided after the defence period" => Facts with
        {
            PriorNoticeServedOn = D("2026-04-13"),
            StatementReceivedOn = null,
            StatementReexaminedOn = null,
            DecidedOn = D("2026-04-17"),
        },
        "defence expressly waived" => Facts with
        {
            PriorNoticeServedOn = D("2026-04-13"),
            StatementReceivedOn = null,
            StatementReexaminedOn = null,
            StatementWaived = true,
            DecidedOn = D("2026-04-16"),
        },

        // R-PEN-17: notice Mon 3/30; 3/31, 4/1, 4/2, 4/3, (清明 4/4–4/6), 4/7, 4/8, 4/9 → earliest Thu 4/9.
        "hearing one working day early" => Facts with { HearingHeldOn = D("2026-04-08") },
        "statement not re-examined" => Facts with { StatementReexaminedOn = null },
        "statement re-examined after the decision" => Facts with { StatementReexaminedOn = D("2026-04-16") },
        "no service receipt" => Facts with { Documents = Without("service-receipt") },

        // R-PEN-24: decided Wed 4/15 + 7 working days = Fri 4/24.
        "served on the 7th working day" => Facts with { DecisionServedOn = D("2026-04-24") },
        "served on the 8th working day" => Facts with { DecisionServedOn = D("2026-04-27") },
        "no execution record" => Facts with { ExecutionRecordedOn = null },

        // R-PEN-6: filed 3/4 + 90 days = Tue 6/2; ten days of testing (3/10–3/19) move it to Fri 6/12.
        "decided on day 90" => Facts with { DecidedOn = D("2026-06-02") },
        "decided on day 91" => Facts with { DecidedOn = D("2026-06-03") },
        "day 91 with a listed extension" => Facts with
        {
            DecidedOn = D("2026-06-03"),
            DecisionPeriodExtensions = [new DecisionPeriodExtension(DecisionExtensionCause.TestingOrAppraisal, D("2026-03-10"), D("2026-03-19"))],
        },
        "no onsite or inquiry record" => Facts with { Documents = [.. Without("onsite-record").Where(d => d.KindCode != "inquiry-record")] },
        "inquiry record only" => Facts with { Documents = Without("onsite-record") },
        "party statement only" => Facts with { EvidenceKinds = [EvidenceKind.PartyStatement] },
        "facts not stated" => Facts with { FactsStated = false },
        "basis not cited" => Facts with { BasisCited = false },
        "no reasoning" => Facts with { ReasoningStated = false },
        "outside baseline unjustified" => Facts with { DiscretionOutsideBaseline = true },
        "outside baseline justified" => Facts with { DiscretionOutsideBaseline = true, DiscretionJustified = true },
        "fine collected by officers" => Facts with { FineCollectedOnSpot = true },
        "one AV record missing" => Facts with { AvRecordsAttached = 1 },
        _ => throw new ArgumentException(name),
    };

    // R-EVA-1…4: the complete model file loses nothing and is 优秀 with 100 points.
    [Fact]
    public void The_complete_model_file_scores_100_and_is_excellent()
    {
        var score = Check(Facts);

        score.WouldLosePoints.ShouldBeEmpty();
        score.Total.ShouldBe(100m);
        score.Band.ShouldBe("优秀");
        score.Sections.Select(s => (s.Code, s.Score)).ShouldBe([("form", 20m), ("content", 80m)]);
        score.IsReviewed.ShouldBeFalse();
        score.ManualItems.Select(i => i.Code).ShouldBe(["V06", "V07", "V08", "F01", "F03", "F07", "C20", "C21", "C22", "C23", "C24"]);
    }

    // R-EVA-2/3: checks of the ordinary procedure (filing, notice, investigation report, service receipt …) do not apply
    // to a 简易程序 file handed over on the spot.
    [Fact]
    public void A_complete_summary_procedure_file_scores_100()
    {
        var score = Check(SummaryFacts);

        score.WouldLosePoints.ShouldBeEmpty();
        score.Total.ShouldBe(100m);
    }

    // R-EVA-1…3: each defect triggers exactly its own item (and the right points) and nothing else; near misses trigger nothing.
    [Theory]
    [MemberData(nameof(Defects))]
    public void Each_automatic_item_fires_on_its_defect_and_not_otherwise(string defect, string? expectedCode, decimal pointsLost)
    {
        var score = Check(Variant(defect));

        if (expectedCode is null)
        {
            score.WouldLosePoints.ShouldBeEmpty(defect);
            score.Total.ShouldBe(100m);
            return;
        }

        var finding = score.WouldLosePoints.ShouldHaveSingleItem(defect);
        finding.Code.ShouldBe(expectedCode, defect);
        finding.Source.ShouldBe(FindingSource.Automatic);
        finding.Reason.ShouldNotBeNullOrWhiteSpace();
        if (finding.Kind == EvaluationItemKind.Veto)
        {
            // R-EVA-1, R-EVA-4: any veto → 0 points, 不合格.
            score.Total.ShouldBe(0m, defect);
            score.Band.ShouldBe("不合格", defect);
            score.IsVetoed.ShouldBeTrue();
        }
        else
        {
            finding.Points.ShouldBe(pointsLost, defect);
            score.Total.ShouldBe(100m - pointsLost, defect);
        }
    }

    // Every automatic item of the shipped standard has a defect row above: no check goes untested.
    [Fact]
    public void Every_automatic_item_of_the_shipped_standard_has_a_defect_case()
    {
        var covered = Defects.Select(row => (string?)row.Data.Item2).Where(c => c is not null).ToHashSet();

        Standard.Items.Where(i => i.IsAutomatic).Select(i => i.Code).Where(c => !covered.Contains(c)).ShouldBeEmpty();
    }

    // R-EVA-1: the reason names each procedural breach.
    [Fact]
    public void An_unlawful_procedure_names_every_breach()
    {
        var score = Check(Facts with { PriorNoticeServedOn = null, LegalReviewPassedOn = null });

        score.Vetoes.ShouldHaveSingleItem().Reason.ShouldBe(
            "程序违法：未履行事先告知程序即作出处罚决定（行政处罚法第六十二条）；应当进行法制审核而未经审核通过即作出决定（行政处罚法第五十八条）");
    }

    // R-EVA-2: per-occurrence items count each document and stop at their maximum (F02: 1 per document, at most 4).
    [Fact]
    public void Per_occurrence_deductions_count_each_defect_up_to_their_maximum()
    {
        var noNumbers = Documents.Select(d => d with { Number = null }).ToList(); // 4 numbered kinds in the model
        var twoMissing = Facts with { Documents = [.. Documents.Select(d => d.KindCode is "prior-notice" or "hearing-notice" ? d with { Number = null } : d)] };

        Check(twoMissing).Deductions.ShouldHaveSingleItem().Points.ShouldBe(2m);
        var many = Check(Facts with { Documents = [.. noNumbers.Select(d => d.KindCode == "closing-report" ? d with { Date = null } : d)] });
        var f02 = many.Deductions.ShouldHaveSingleItem();
        f02.Occurrences.ShouldBe(5);
        f02.Points.ShouldBe(4m);
        f02.Reason.ShouldContain("《行政处罚决定书》缺少文号");
        f02.Reason.ShouldContain("《结案报告》缺少日期");
    }

    // R-TRS-6/7: two missing recordings lose two points.
    [Fact]
    public void Each_missing_recording_loses_a_point()
    {
        var score = Check(Facts with { AvRecordsAttached = 0 });

        score.Deductions.ShouldHaveSingleItem().Points.ShouldBe(2m);
        score.Total.ShouldBe(98m);
    }

    // R-EVA-2: a self-check of a running case lists what would be lost if it were archived now, largest first.
    [Fact]
    public void A_running_case_lists_what_it_would_lose_largest_first()
    {
        var running = Facts with
        {
            Outcome = CaseOutcome.Penalty,
            DecisionServedOn = null,
            ExecutionRecordedOn = null,
            Documents = [.. Documents.Where(d => d.Date is null || d.Date <= D("2026-04-15"))],
            ReasoningStated = false,
        };

        var score = Check(running);

        score.WouldLosePoints.Select(f => (f.Code, f.Points)).ShouldBe([("C16", 3m), ("C08", 2m)]);
        score.WouldLosePoints[1].Reason.ShouldBe("决定书未送达");
    }

    [Fact]
    public void An_unknown_document_kind_is_refused()
    {
        Should.Throw<Weijian.Platform.Rules.DomainRuleException>(() => Check(Facts with { Documents = [new("memo", "便签", null, null, 1)] }))
            .Code.ShouldBe(CaseFileDocumentKinds.UnknownKindCode);
    }
}
