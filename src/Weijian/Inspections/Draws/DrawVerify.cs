using Weijian.Platform.Rules;

namespace Weijian.Inspections.Draws;

public static partial class DrawProtocol
{
    /// <summary>
    /// §5: re-computes a published record from its own contents — commitment hashes from the listed task, strata,
    /// exclusions, candidates and officers; the seed from the seed inputs; the whole draw and the selection hash — and
    /// names the first difference (Chinese, with the path in the JSON record).
    /// </summary>
    public static DrawVerification Verify(DrawRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        DrawCommitment commitment;
        try
        {
            commitment = Commit(record.Input);
        }
        catch (DomainRuleException e)
        {
            return Differs($"记录中的抽取输入无效：{e.Message}（input）");
        }

        var recorded = record.Commitment;
        if (HashDiffers("候选对象清单哈希", recorded.CandidatesHash, commitment.CandidatesHash, "commitment.candidatesHash") is { } d1)
        {
            return d1;
        }

        if (HashDiffers("执法人员库哈希", recorded.OfficersHash, commitment.OfficersHash, "commitment.officersHash") is { } d2)
        {
            return d2;
        }

        if (HashDiffers("承诺哈希", recorded.CommitmentHash, commitment.CommitmentHash, "commitment.commitmentHash") is { } d3)
        {
            return d3;
        }

        byte[] seed;
        try
        {
            seed = Seed(commitment, record.SeedInputs);
        }
        catch (DomainRuleException e)
        {
            return Differs($"{e.Message}（seedInputs）");
        }

        if (!string.Equals(record.Seed, Hex(seed), StringComparison.Ordinal))
        {
            return Differs($"随机种子不符：记录 {Short(record.Seed)} 重算 {Short(Hex(seed))}（seed）");
        }

        byte[] salt;
        try
        {
            salt = Convert.FromHexString(record.Salt);
        }
        catch (FormatException)
        {
            return Differs("揭示盐值不是十六进制（salt）");
        }

        if (salt.Length != SaltLength)
        {
            return Differs($"揭示盐值应为 {SaltLength} 字节，实为 {salt.Length} 字节（salt）");
        }

        var rerun = Draw(record.Input, commitment, record.SeedInputs, seed, salt);
        return CompareSelections(record, rerun)
            ?? CompareUnderstaffed(record, rerun)
            ?? CompareSkips(record, rerun)
            ?? (string.Equals(record.SelectionHash, rerun.SelectionHash, StringComparison.Ordinal)
                ? new DrawVerification(true, null)
                : Differs($"中选结果哈希不符：记录 {Short(record.SelectionHash)} 重算 {Short(rerun.SelectionHash)}（selectionHash）"));
    }

    /// <summary>Reads a published JSON record and verifies it; malformed JSON throws <c>draw.record-invalid</c>.</summary>
    public static DrawVerification Verify(string json) => Verify(DrawRecordJson.Read(json));

    private static DrawVerification Differs(string what) => new(false, what);

    private static DrawVerification? HashDiffers(string what, string recorded, string recomputed, string path) =>
        string.Equals(recorded, recomputed, StringComparison.Ordinal)
            ? null
            : Differs($"{what}不符：承诺 {Short(recorded)} 重算 {Short(recomputed)}（{path}）");

    private static DrawVerification? CompareSelections(DrawRecord record, DrawRecord rerun)
    {
        if (record.Selections.Count != rerun.Selections.Count)
        {
            return Differs($"分层数不符：记录 {record.Selections.Count} 层 重算 {rerun.Selections.Count} 层（selections）");
        }

        for (var s = 0; s < rerun.Selections.Count; s++)
        {
            var mine = record.Selections[s];
            var theirs = rerun.Selections[s];
            // The texts naming a difference are built only when one is found (not once per target).
            var layer = $"第 {s + 1} 层“{theirs.Stratum}”";
            var path = $"selections[{s}]";
            if (!string.Equals(mine.Stratum, theirs.Stratum, StringComparison.Ordinal))
            {
                return Differs($"第 {s + 1} 层名称不符：记录“{mine.Stratum}” 重算“{theirs.Stratum}”（{path}.stratum）");
            }

            for (var i = 0; i < Math.Min(mine.Selected.Count, theirs.Selected.Count); i++)
            {
                var a = mine.Selected[i];
                var b = theirs.Selected[i];
                if (a.EntityId == b.EntityId && a.Rank == b.Rank && string.Equals(a.Ticket, b.Ticket, StringComparison.Ordinal)
                    && a.Officers.SequenceEqual(b.Officers))
                {
                    continue;
                }

                var item = $"{layer}第 {i + 1} 个中选对象";
                var itemPath = $"{path}.selected[{i}]";
                if (a.EntityId != b.EntityId)
                {
                    return Differs($"{item}不符：记录 {a.EntityId} 重算 {b.EntityId}（{itemPath}.entityId）");
                }

                if (a.Rank != b.Rank)
                {
                    return Differs($"{item}的名次不符：记录 {a.Rank} 重算 {b.Rank}（{itemPath}.rank）");
                }

                if (!string.Equals(a.Ticket, b.Ticket, StringComparison.Ordinal))
                {
                    return Differs($"{item}的签号不符：记录 {Short(a.Ticket)} 重算 {Short(b.Ticket)}（{itemPath}.ticket）");
                }

                if (!a.Officers.SequenceEqual(b.Officers))
                {
                    return Differs($"{item}的执法人员不符：记录 {Ids(a.Officers)} 重算 {Ids(b.Officers)}（{itemPath}.officers）");
                }
            }

            if (mine.Selected.Count != theirs.Selected.Count)
            {
                return Differs($"{layer}中选数量不符：记录 {mine.Selected.Count} 个 重算 {theirs.Selected.Count} 个（{path}.selected）");
            }
        }

        return null;
    }

    private static DrawVerification? CompareUnderstaffed(DrawRecord record, DrawRecord rerun)
    {
        for (var i = 0; i < Math.Min(record.Understaffed.Count, rerun.Understaffed.Count); i++)
        {
            if (record.Understaffed[i] != rerun.Understaffed[i])
            {
                return Differs($"第 {i + 1} 个人员不足对象不符：记录 {Describe(record.Understaffed[i])} 重算 {Describe(rerun.Understaffed[i])}（understaffed[{i}]）");
            }
        }

        return record.Understaffed.Count == rerun.Understaffed.Count
            ? null
            : Differs($"人员不足对象数量不符：记录 {record.Understaffed.Count} 个 重算 {rerun.Understaffed.Count} 个（understaffed）");
    }

    private static DrawVerification? CompareSkips(DrawRecord record, DrawRecord rerun)
    {
        for (var i = 0; i < Math.Min(record.Skips.Count, rerun.Skips.Count); i++)
        {
            if (record.Skips[i] != rerun.Skips[i])
            {
                return Differs($"第 {i + 1} 条跳过记录不符：记录 {Describe(record.Skips[i])} 重算 {Describe(rerun.Skips[i])}（skips[{i}]）");
            }
        }

        return record.Skips.Count == rerun.Skips.Count
            ? null
            : Differs($"跳过记录数量不符：记录 {record.Skips.Count} 条 重算 {rerun.Skips.Count} 条（skips）");
    }

    private static string Ids(IReadOnlyList<Guid> ids) => ids.Count == 0 ? "（无）" : string.Join("、", ids);

    private static string Describe(DrawSkip s) => $"对象 {s.EntityId} 人员 {s.OfficerId} {DrawReasons.Code(s.Reason)}";

    private static string Describe(DrawUnderstaffed u) => $"“{u.Stratum}”对象 {u.EntityId} {DrawReasons.Code(u.Reason)}（找到 {u.EligibleFound} 名）";
}
