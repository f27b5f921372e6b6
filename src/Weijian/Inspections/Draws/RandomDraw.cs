using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;

namespace Weijian.Inspections.Draws;

public enum DrawStatus
{
    /// <summary>已公布承诺: candidates, exclusions, officer pool and strata frozen; commitment hash announced.</summary>
    Committed,

    /// <summary>已抽取: seed inputs entered at the meeting, targets created; only the salted selection hash is public.</summary>
    Drawn,

    /// <summary>已公开: the full record (seed inputs, tickets, selection, salt) is public and verifiable.</summary>
    Published,

    /// <summary>已重新抽取: replaced by a later round with a reason; kept, and its record made public if it was drawn.</summary>
    Superseded,
}

public static class DrawNames
{
    public static string Of(DrawStatus v) => v switch
    {
        DrawStatus.Committed => "已公布承诺",
        DrawStatus.Drawn => "已抽取",
        DrawStatus.Published => "已公开",
        DrawStatus.Superseded => "已重新抽取",
        _ => v.ToString(),
    };
}

/// <summary>
/// One round of the 双随机 draw of a task (DESIGN §5, docs/draw-protocol.md), persisted: the frozen input and its
/// commitment, then the record of the run. Never deleted or silently redone: a re-draw is a new round with a reason,
/// linked to this one, which is marked superseded and kept (docs/adr/0009).
/// </summary>
public sealed class RandomDraw : ITenantOwned
{
    public const int ReasonMax = 500;

    private RandomDraw()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid TaskId { get; private set; }

    public int Round { get; private set; }

    public Guid? PreviousDrawId { get; private set; }

    /// <summary>Why this round replaces the previous one (required from round 2 on).</summary>
    public string? RedrawReason { get; private set; }

    public DrawStatus Status { get; private set; }

    public DateOnly PlannedDate { get; private set; }

    public string CommitmentHash { get; private set; } = "";

    /// <summary>The public commitment (task, strata, exclusions with reasons, seed input names, hashes).</summary>
    public string CommitmentJson { get; private set; } = "";

    /// <summary>The full input (candidates and officer pool); public only inside the published record.</summary>
    public string InputJson { get; private set; } = "";

    public string? SelectionHash { get; private set; }

    /// <summary>The record as <see cref="DrawRecordJson"/> writes it; public once published (or superseded after a run).</summary>
    public string? RecordJson { get; private set; }

    public DateTimeOffset CommittedAt { get; private set; }

    public string CommittedBy { get; private set; } = "";

    public DateTimeOffset? DrawnAt { get; private set; }

    public string? DrawnBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    public Guid? SupersededById { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Whether the full record may be shown to the public: published, or a drawn round that was replaced.</summary>
    public bool RecordIsPublic => RecordJson is not null && (Status == DrawStatus.Published || Status == DrawStatus.Superseded);

    public static RandomDraw Commit(
        Guid organizationId, Guid taskId, int round, RandomDraw? previous, string? reason, DateOnly plannedDate, DrawCommitment commitment,
        string commitmentJson, string inputJson, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return new RandomDraw
        {
            Id = commitment.Task.TaskId == taskId ? Guid.CreateVersion7(now) : throw new ArgumentException("task mismatch", nameof(commitment)),
            OrganizationId = organizationId,
            TaskId = taskId,
            Round = round,
            PreviousDrawId = previous?.Id,
            RedrawReason = reason,
            Status = DrawStatus.Committed,
            PlannedDate = plannedDate,
            CommitmentHash = commitment.CommitmentHash,
            CommitmentJson = commitmentJson,
            InputJson = inputJson,
            CommittedAt = now,
            CommittedBy = by,
            UpdatedAt = now,
        };
    }

    public void MarkDrawn(string recordJson, string selectionHash, DateTimeOffset now, string by)
    {
        if (Status != DrawStatus.Committed)
        {
            throw DomainRuleException.Conflict("random-draw.not-committed", $"本轮抽取{DrawNames.Of(Status)}，不能再次抽取（每轮只抽一次；如需重新抽取请说明原因另起一轮）");
        }

        RecordJson = recordJson;
        SelectionHash = selectionHash;
        Status = DrawStatus.Drawn;
        DrawnAt = now;
        DrawnBy = by;
        UpdatedAt = now;
    }

    public void MarkPublished(DateTimeOffset now)
    {
        if (Status != DrawStatus.Drawn)
        {
            throw DomainRuleException.Conflict("random-draw.not-drawn", $"本轮抽取{DrawNames.Of(Status)}，只有已抽取的结果才能公开");
        }

        Status = DrawStatus.Published;
        PublishedAt = now;
        UpdatedAt = now;
    }

    public void MarkSuperseded(Guid by, DateTimeOffset now)
    {
        if (Status == DrawStatus.Superseded)
        {
            throw DomainRuleException.Conflict("random-draw.superseded", "本轮抽取已被重新抽取，请在最新一轮上操作");
        }

        Status = DrawStatus.Superseded;
        SupersededById = by;
        SupersededAt = now;
        UpdatedAt = now;
    }
}
