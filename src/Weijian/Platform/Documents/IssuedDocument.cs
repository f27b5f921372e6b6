using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;

namespace Weijian.Platform.Documents;

/// <summary>
/// An official document as issued: which template, for which record (<see cref="SubjectType"/>/<see cref="SubjectId"/>),
/// its number (R-PEN-33; null for records without one), and the SHA-256 of the exact .docx bytes kept in the file store.
/// The public verification page shows these facts so anyone holding a copy can check it. Never deleted: a wrong
/// document is voided with a reason, and points to the document that replaces it, if any.
/// </summary>
public sealed class IssuedDocument : ITenantOwned
{
    private IssuedDocument()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string TemplateKey { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>The full number, e.g. 冷卫公罚〔2026〕12号.</summary>
    public string? Number { get; private set; }

    /// <summary>The number's prefix (冷卫公罚); with <see cref="NumberYear"/> it names the series <see cref="NumberSerial"/> counts in.</summary>
    public string? NumberPrefix { get; private set; }

    public int? NumberYear { get; private set; }

    public int? NumberSerial { get; private set; }

    public string SubjectType { get; private set; } = "";

    public string SubjectId { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public long Size { get; private set; }

    public string FileName { get; private set; } = "";

    /// <summary>The document's date (doc.date), decided in Asia/Shanghai.</summary>
    public DateOnly IssuedOn { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>Who issued it (the acting user's name).</summary>
    public string IssuedBy { get; private set; } = "";

    public Guid? SupersededById { get; private set; }

    public string? VoidReason { get; private set; }

    public DateTimeOffset? VoidedAt { get; private set; }

    public bool IsVoid => VoidedAt is not null;

    internal static IssuedDocument Create(
        Guid id,
        Guid organizationId,
        DocumentTemplate template,
        string subjectType,
        string subjectId,
        DocumentNumberAllocation? number,
        DateOnly issuedOn,
        DateTimeOffset issuedAt,
        string issuedBy) => new()
        {
            Id = id,
            OrganizationId = organizationId,
            TemplateKey = template.Key,
            Title = template.Title,
            Number = number?.Number,
            NumberPrefix = number?.Prefix,
            NumberYear = number?.Year,
            NumberSerial = number?.Serial,
            SubjectType = subjectType,
            SubjectId = subjectId,
            IssuedOn = issuedOn,
            IssuedAt = issuedAt,
            IssuedBy = issuedBy,
            FileName = number is null
                ? $"{template.Title}（{issuedOn:yyyyMMdd}）.docx"
                : $"{number.Number} {template.Title}.docx",
        };

    internal void AttachFile(string sha256, long size)
    {
        Sha256 = sha256;
        Size = size;
    }

    /// <summary>Voids the document (its number stays used: R-PEN-33 numbers are never reissued).</summary>
    public void Void(string? reason, Guid? replacementId, DateTimeOffset now)
    {
        if (IsVoid)
        {
            throw DomainRuleException.Conflict("document.already-void", $"《{Title}》{Number} 已作废");
        }

        if (replacementId == Id)
        {
            throw new DomainRuleException("document.replacement-self", "文书不能由其自身替代") { Fields = ["replacementId"] };
        }

        VoidReason = Input.Text(reason, "reason", "作废原因", 200);
        SupersededById = replacementId;
        VoidedAt = now;
    }
}

/// <summary>A number taken from a series: prefix (冷卫公罚), year, serial and the full text.</summary>
public sealed record DocumentNumberAllocation(string Prefix, int Year, int Serial)
{
    public string Number => DocumentNumbers.Format(Prefix, Year, Serial);
}
