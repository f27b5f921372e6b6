using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Weijian.Inspections.Draws;

/// <summary>
/// §3.3 of docs/draw-protocol.md: picks at least <see cref="DrawInput.MinOfficers"/> officers per drawn target from
/// the officers holding the stratum's specialty (sorted by id bytes). Phase 1: up to 8 × minimum hashed picks
/// SHA-256(seed ‖ str("officer") ‖ guid(target) ‖ u32(counter)) → index = first 8 bytes mod list length; phase 2 (rare):
/// a cyclic scan from the index of the next counter. Cost per target is a few hashes, never O(officers) hashes.
/// </summary>
internal sealed class OfficerPairing
{
    private static readonly byte[] OfficerTag = DrawHashWriter.EncodeStr("officer");

    private readonly DrawOfficer[] _pool;
    private readonly HashSet<Guid>?[] _conflicts;
    private readonly int[] _assigned;
    private readonly Dictionary<string, int[]> _bySpecialty = new(StringComparer.Ordinal);
    private readonly DateOnly _date;
    private readonly int _cap;
    private readonly int _min;
    private readonly byte[] _message;

    public OfficerPairing(DrawInput input, byte[] seed)
    {
        _pool = input.Officers.OrderBy(o => DrawId.Of(o.OfficerId)).ToArray();
        _conflicts = _pool.Select(o => o.ConflictedEntityIds.Count == 0 ? null : o.ConflictedEntityIds.ToHashSet()).ToArray();
        _assigned = new int[_pool.Length];
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _pool.Length; i++)
        {
            foreach (var s in _pool[i].Specialties)
            {
                if (!lists.TryGetValue(s, out var list))
                {
                    lists[s] = list = [];
                }

                list.Add(i); // pool indices ascending = id order (§3.3 step 1)
            }
        }

        foreach (var (specialty, list) in lists)
        {
            _bySpecialty[specialty] = [.. list];
        }

        _date = input.Task.PlannedDate;
        _cap = input.WorkloadCap;
        _min = input.MinOfficers;
        _message = new byte[seed.Length + OfficerTag.Length + 16 + 4];
        seed.CopyTo(_message, 0);
        OfficerTag.CopyTo(_message, seed.Length);
    }

    public List<DrawSkip> Skips { get; } = [];

    public List<DrawUnderstaffed> Understaffed { get; } = [];

    public IReadOnlyList<Guid> Assign(DrawStratum stratum, Guid target)
    {
        var list = _bySpecialty.GetValueOrDefault(stratum.Specialty) ?? [];
        if (list.Length < _min)
        {
            Understaffed.Add(new DrawUnderstaffed(stratum.Label, target, DrawShortfall.Specialty, 0));
            return [];
        }

        target.TryWriteBytes(_message.AsSpan(_message.Length - 20, 16), bigEndian: true, out _);
        var accepted = new List<int>(_min);
        var considered = new List<int>(PhaseOne);
        Span<byte> hash = stackalloc byte[32];

        // Phase 1: hashed picks; an officer already considered for this target is passed over silently.
        for (var counter = 0; counter < PhaseOne && accepted.Count < _min; counter++)
        {
            var index = list[Pick(counter, list.Length, hash)];
            if (!considered.Contains(index))
            {
                considered.Add(index);
                Consider(index, target, accepted);
            }
        }

        // Phase 2: when the hashed picks did not find enough, scan the whole list once from a hashed start, so that a
        // target is understaffed only when the list truly lacks eligible officers (never by bad luck).
        if (accepted.Count < _min)
        {
            var start = Pick(PhaseOne, list.Length, hash);
            for (var step = 0; step < list.Length && accepted.Count < _min; step++)
            {
                var index = list[(start + step) % list.Length];
                if (!considered.Contains(index))
                {
                    Consider(index, target, accepted);
                }
            }
        }

        if (accepted.Count < _min)
        {
            // R-OFF-1: a target is never inspected by fewer than the minimum; the officers found are released.
            Understaffed.Add(new DrawUnderstaffed(stratum.Label, target, DrawShortfall.TooFewEligible, accepted.Count));
            return [];
        }

        var officers = new Guid[accepted.Count];
        for (var i = 0; i < accepted.Count; i++)
        {
            _assigned[accepted[i]]++;
            officers[i] = _pool[accepted[i]].OfficerId;
        }

        return officers;
    }

    /// <summary>Phase 1 makes 8 picks per officer needed: enough that phase 2 runs only when most of the list is ineligible.</summary>
    private int PhaseOne => 8 * _min;

    private int Pick(int counter, int length, Span<byte> hash)
    {
        BinaryPrimitives.WriteUInt32BigEndian(_message.AsSpan(_message.Length - 4), (uint)counter);
        SHA256.HashData(_message, hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)length);
    }

    private void Consider(int index, Guid target, List<int> accepted)
    {
        if (Ineligible(index, target) is { } reason)
        {
            Skips.Add(new DrawSkip(target, _pool[index].OfficerId, reason));
        }
        else
        {
            accepted.Add(index);
        }
    }

    /// <summary>The first reason, in the order of §3.3, why the officer may not inspect the target on the planned date.</summary>
    private DrawSkipReason? Ineligible(int index, Guid target)
    {
        var o = _pool[index];
        if (o.CredentialValidFrom is not { } from || o.CredentialValidUntil is not { } until)
        {
            return DrawSkipReason.CredentialMissing; // R-OFF-1: acting without credentials is a liability
        }

        if (_date > until)
        {
            return DrawSkipReason.CredentialExpired;
        }

        if (_date < from)
        {
            return DrawSkipReason.NotYetValid;
        }

        if (!o.StatusValid)
        {
            return DrawSkipReason.Status;
        }

        if (_conflicts[index]?.Contains(target) == true)
        {
            return DrawSkipReason.Conflict; // R-PEN-12: declared conflict, recusal
        }

        if (o.ExistingWorkload + _assigned[index] >= _cap)
        {
            return DrawSkipReason.WorkloadCap;
        }

        return null;
    }
}
