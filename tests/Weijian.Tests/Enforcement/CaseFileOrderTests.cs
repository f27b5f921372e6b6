using Weijian.Enforcement.CaseFiles;
using Weijian.Platform.Rules;
using static Weijian.Tests.Calendar.ShippedCalendar;
using static Weijian.Tests.Enforcement.ModelCaseFile;

namespace Weijian.Tests.Enforcement;

/// <summary>R-EVA-2: documents in the order 立案 → 取证 → 审查 → 决定 → 送达 → 执行, indexed with page numbers.</summary>
public class CaseFileOrderTests
{
    // The kind codes are the document-template keys (plus evidence material, which has no template).
    [Fact]
    public void Document_kinds_are_the_template_keys_in_legal_order()
    {
        CaseFileDocumentKinds.All.Select(k => k.Code).ShouldBe(
        [
            "case-acceptance", "filing-report", "onsite-record", "inquiry-record", "evidence-preservation", "evidence-material",
            "investigation-report", "prior-notice", "hearing-notice", "hearing-record", "legal-review", "collective-discussion",
            "penalty-decision", "no-penalty-decision", "referral", "service-receipt", "credit-repair-notice", "compliance-advice",
            "payment-receipt", "reminder", "closing-report",
        ]);
        CaseFileDocumentKinds.All.Select(k => k.Stage).ShouldBeInOrder();
    }

    // R-EVA-2: assembling a shuffled file restores the model order: stage, then date (the procedure as it happened: here
    // the legal review of 3/24 precedes the notice of 3/25), then kind; undated evidence material ends its stage.
    [Fact]
    public void Assembling_a_shuffled_file_restores_the_legal_order_and_numbers_the_pages()
    {
        var shuffled = Documents.Reverse().ToList();

        var index = CaseFileOrder.Assemble(shuffled);

        index.Documents.ShouldBe(Documents);
        index.Entries.Select(e => e.Order).ShouldBe(Enumerable.Range(1, Documents.Count));
        index.Entries[0].FirstPage.ShouldBe(1);
        index.Entries[1].ShouldBe(new CaseFileIndexEntry(2, "filing-report", "立案报告", null, D("2026-03-04"), 2, 2));
        index.Entries[1].PageRange.ShouldBe("2–3");
        index.Entries[2].FirstPage.ShouldBe(4);
        index.TotalPages.ShouldBe(Documents.Sum(d => d.PageCount));
        index.Entries[^1].FirstPage.ShouldBe(index.TotalPages - 1);
    }

    // Same-day documents of the 三书同达 (R-PEN-34) follow the kind order: receipt, credit-repair notice, compliance advice.
    [Fact]
    public void Same_day_documents_follow_the_kind_order_and_then_their_given_order()
    {
        var sameDay = new CaseFileDocument[]
        {
            new("compliance-advice", "行政合规建议书", null, D("2026-04-17"), 1),
            new("service-receipt", "送达回执（二）", null, D("2026-04-17"), 1),
            new("credit-repair-notice", "信用修复告知书", null, D("2026-04-17"), 1),
            new("service-receipt", "送达回执（一）", null, D("2026-04-17"), 1),
        };

        CaseFileOrder.Sort(sameDay).Select(d => d.Title).ShouldBe(["送达回执（二）", "送达回执（一）", "信用修复告知书", "行政合规建议书"]);
    }

    [Fact]
    public void The_model_file_is_in_legal_order()
    {
        CaseFileOrder.FirstOutOfOrder(Documents).ShouldBeNull();
    }

    // R-EVA-2: a document of an earlier stage after a later stage is out of order.
    [Fact]
    public void An_earlier_stage_after_a_later_one_is_out_of_order()
    {
        var docs = Documents.ToList();
        var inquiry = docs.Single(d => d.KindCode == "inquiry-record");
        docs.Remove(inquiry);
        docs.Add(inquiry);

        var wrong = CaseFileOrder.FirstOutOfOrder(docs).ShouldNotBeNull();

        wrong.Position.ShouldBe(docs.Count - 1);
        wrong.Document.ShouldBe(inquiry);
        wrong.ShouldPrecede.KindCode.ShouldBe("payment-receipt"); // the first document of the 执行 stage
        wrong.Description.ShouldBe("《询问笔录》（2026年3月6日）应排在《罚没款缴纳凭证》之前");
    }

    // R-EVA-2: within a stage, dates must not go backwards; undated documents are not held against the file.
    [Fact]
    public void Within_a_stage_an_earlier_date_after_a_later_one_is_out_of_order()
    {
        CaseFileDocument[] docs =
        [
            new("inquiry-record", "询问笔录", null, D("2026-03-06"), 1),
            new("evidence-material", "照片", null, null, 1),
            new("onsite-record", "现场笔录", null, D("2026-03-05"), 1),
        ];

        var wrong = CaseFileOrder.FirstOutOfOrder(docs).ShouldNotBeNull();

        wrong.Document.Title.ShouldBe("现场笔录");
        wrong.ShouldPrecede.Title.ShouldBe("询问笔录");
        CaseFileOrder.FirstOutOfOrder([docs[2], docs[1], docs[0]]).ShouldBeNull();
    }

    [Fact]
    public void Unknown_kinds_and_empty_documents_are_refused()
    {
        Should.Throw<DomainRuleException>(() => CaseFileOrder.Assemble([new("memo", "便签", null, null, 1)]))
            .Code.ShouldBe(CaseFileDocumentKinds.UnknownKindCode);
        Should.Throw<DomainRuleException>(() => CaseFileOrder.Assemble([new("filing-report", "立案报告", null, D("2026-03-04"), 0)]))
            .Code.ShouldBe(CaseFileOrder.InvalidDocumentCode);
    }
}
