using Weijian.Enforcement.Money;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.CaseFiles;

/// <summary>
/// One document in a case file. <see cref="KindCode"/> is one of <see cref="CaseFileDocumentKinds.All"/>;
/// <see cref="Number"/> is its 文号 (null if it has none); <see cref="Date"/> the date it bears; <see cref="PageCount"/>
/// the pages it occupies (≥ 1).
/// </summary>
public sealed record CaseFileDocument(string KindCode, string Title, string? Number, DateOnly? Date, int PageCount);

/// <summary>A line of the 卷内目录: position, document, and the pages it occupies (first page numbered 1).</summary>
public sealed record CaseFileIndexEntry(int Order, string KindCode, string Title, string? Number, DateOnly? Date, int FirstPage, int Pages)
{
    /// <summary>"1–3" or "4" — how the 卷内目录 prints the page column.</summary>
    public string PageRange => Pages <= 1 ? $"{FirstPage}" : $"{FirstPage}–{FirstPage + Pages - 1}";
}

/// <summary>The assembled file: the documents in legal order with their index.</summary>
public sealed record CaseFileIndex(IReadOnlyList<CaseFileDocument> Documents, IReadOnlyList<CaseFileIndexEntry> Entries, int TotalPages);

/// <summary>
/// Where a file's current order breaks the legal order: <see cref="Position"/> (0-based) holds <see cref="Document"/>,
/// which belongs before <see cref="ShouldPrecede"/>, an earlier document.
/// </summary>
public sealed record CaseFileOrderBreak(int Position, CaseFileDocument Document, CaseFileDocument ShouldPrecede)
{
    /// <summary>E.g. "《询问笔录》（2026年3月2日）应排在《行政处罚事先告知书》之前".</summary>
    public string Description =>
        $"《{Document.Title}》{(Document.Date is { } d ? $"（{LegalDate.Chinese(d)}）" : "")}应排在《{ShouldPrecede.Title}》之前";
}

/// <summary>
/// The legal order of documents in a penalty case file (R-EVA-2: 立案 → 取证 → 审查 → 决定 → 送达 → 执行) and the
/// assembly of a file: documents sorted by stage, then by date (the procedure's actual sequence — e.g. 法制审核 may come
/// before or after 告知), then by the kind's rank in <see cref="CaseFileDocumentKinds.All"/>, then by their given order;
/// undated documents go last in their stage. Pages are numbered from 1 over the documents: the cover, the index and
/// the 备考表 are not numbered (R-EVA-2).
/// </summary>
public static class CaseFileOrder
{
    public const string InvalidDocumentCode = "case-file.invalid-document";

    /// <summary>The documents in legal order (stable). Unknown kinds or invalid documents throw.</summary>
    public static IReadOnlyList<CaseFileDocument> Sort(IEnumerable<CaseFileDocument> documents)
    {
        var list = Validate(documents);
        return [.. list
            .Select((d, i) => (Document: d, Kind: CaseFileDocumentKinds.Find(d.KindCode), Index: i))
            .OrderBy(x => x.Kind.Stage)
            .ThenBy(x => x.Document.Date is null ? 1 : 0)
            .ThenBy(x => x.Document.Date)
            .ThenBy(x => x.Kind.Rank)
            .ThenBy(x => x.Index)
            .Select(x => x.Document)];
    }

    /// <summary>Sorts the documents and numbers their pages: the 卷内目录.</summary>
    public static CaseFileIndex Assemble(IEnumerable<CaseFileDocument> documents)
    {
        var sorted = Sort(documents);
        var entries = new List<CaseFileIndexEntry>();
        var page = 1;
        for (var i = 0; i < sorted.Count; i++)
        {
            var d = sorted[i];
            entries.Add(new CaseFileIndexEntry(i + 1, d.KindCode, d.Title, d.Number, d.Date, page, d.PageCount));
            page += d.PageCount;
        }

        return new CaseFileIndex(sorted, entries, page - 1);
    }

    /// <summary>
    /// The first document that stands after one it should precede — an earlier stage after a later one, or, within a
    /// stage, an earlier date after a later date — or null when the current order is legal. Rank within a stage and
    /// undated documents' places are not held against a file (they are conventions, not the legal order).
    /// </summary>
    public static CaseFileOrderBreak? FirstOutOfOrder(IReadOnlyList<CaseFileDocument> current)
    {
        var list = Validate(current);
        CaseFileDocument? stageHead = null;
        CaseFileStage maxStage = 0;
        CaseFileDocument? latestDated = null;
        for (var i = 0; i < list.Count; i++)
        {
            var d = list[i];
            var stage = CaseFileDocumentKinds.Find(d.KindCode).Stage;
            if (stage < maxStage)
            {
                return new CaseFileOrderBreak(i, d, stageHead!);
            }

            if (stage > maxStage)
            {
                maxStage = stage;
                stageHead = d;
                latestDated = null;
            }

            if (d.Date is { } date)
            {
                if (latestDated?.Date is { } latest && date < latest)
                {
                    return new CaseFileOrderBreak(i, d, latestDated);
                }

                latestDated = d;
            }
        }

        return null;
    }

    private static List<CaseFileDocument> Validate(IEnumerable<CaseFileDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var d = list[i] ?? throw new ArgumentException("Documents must not contain null.", nameof(documents));
            CaseFileDocumentKinds.Find(d.KindCode);
            if (d.PageCount < 1)
            {
                throw Input.Invalid(InvalidDocumentCode, $"documents[{i}].pageCount", $"《{d.Title}》的页数应不少于1页，实际为{d.PageCount}");
            }
        }

        return list;
    }
}
