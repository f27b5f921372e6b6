using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Weijian.Platform.Rules;

namespace Weijian.Inspections.Draws;

/// <summary>
/// The 双随机 verifiable draw (R-INS-1, DESIGN §5), exactly as specified in docs/draw-protocol.md: commit, seed,
/// draw, reveal, verify. Pure computation: no database, no clock, no runtime PRNG — the only randomness is the public
/// seed and the reveal salt, which comes from <see cref="RandomNumberGenerator"/>.
/// </summary>
public static partial class DrawProtocol
{
    public const string Version = "weijian-draw/1";
    public const int SaltLength = 32;

    /// <summary>§1: validates the input and computes the candidate-list, officer-pool and commitment hashes.</summary>
    public static DrawCommitment Commit(DrawInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var strata = Validate(input);
        var candidatesHash = CandidatesHash(input, strata);
        var officersHash = OfficersHash(input.Officers);

        using var w = new DrawHashWriter();
        w.Str(Version + " commitment");
        w.Guid(input.Task.TaskId);
        w.U32(input.Task.Round);
        w.Str(input.Task.Title);
        w.Date(input.Task.PlannedDate);
        w.U32(input.WorkloadCap);
        w.U32(input.MinOfficers);
        w.U32(input.Strata.Count);
        foreach (var s in input.Strata)
        {
            w.Str(s.Label);
            w.Str(s.Specialty);
            w.U32(s.Quota);
        }

        var exclusions = input.Exclusions.OrderBy(e => DrawId.Of(e.EntityId)).ToList();
        w.U32(exclusions.Count);
        foreach (var e in exclusions)
        {
            w.Guid(e.EntityId);
            w.Str(e.Reason);
        }

        w.Bytes(candidatesHash);
        w.Bytes(officersHash);
        w.U32(input.SeedInputNames.Count);
        foreach (var name in input.SeedInputNames)
        {
            w.Str(name);
        }

        return new DrawCommitment(
            input.Task, input.WorkloadCap, input.MinOfficers, input.Strata, input.Exclusions, input.SeedInputNames,
            Hex(candidatesHash), Hex(officersHash), Hex(w.Finish()))
        {
            ComputedFrom = input,
        };
    }

    /// <summary>§2: the seed from the values of the seed inputs named in the commitment, in the commitment's order.</summary>
    public static byte[] Seed(DrawCommitment commitment, IReadOnlyList<SeedInput> values)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(values);
        var names = commitment.SeedInputNames;
        if (values.Count != names.Count || values.Where((v, i) => !string.Equals(v.Name, names[i], StringComparison.Ordinal)).Any())
        {
            throw new DomainRuleException(
                "draw.seed-inputs-mismatch",
                $"随机种子输入与承诺不符：承诺的是 {Quote(names)}，提供的是 {Quote(values.Select(v => v.Name))}（须同名、同序、一一对应）");
        }

        foreach (var v in values)
        {
            CheckText(v.Value, $"随机种子输入“{v.Name}”的值", "draw.seed-inputs-mismatch");
        }

        using var w = new DrawHashWriter();
        w.Str(Version + " seed");
        w.Bytes(Convert.FromHexString(commitment.CommitmentHash));
        w.U32(values.Count);
        foreach (var v in values)
        {
            w.Str(v.Name);
            w.Str(v.Value);
        }

        return w.Finish();
    }

    /// <summary>A fresh 32-byte reveal salt (§4).</summary>
    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltLength);

    /// <summary>
    /// §3 and §4: draws the targets and their officers and returns the full record. Refuses a commitment that was not
    /// computed from this input (<c>draw.commitment-mismatch</c>) and seed inputs other than those committed.
    /// </summary>
    public static DrawRecord Run(DrawInput input, DrawCommitment commitment, IReadOnlyList<SeedInput> seedValues, byte[] salt)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(salt);
        if (salt.Length != SaltLength)
        {
            throw new DomainRuleException("draw.salt-invalid", $"揭示盐值应为 {SaltLength} 字节，实为 {salt.Length} 字节");
        }

        // A commitment made from this very input object was computed by Commit above; otherwise recompute, so that a
        // draw can never run over a register other than the one committed (R-INS-1 公开).
        var actual = ReferenceEquals(commitment.ComputedFrom, input) ? commitment : Commit(input);
        if (!string.Equals(actual.CommitmentHash, commitment.CommitmentHash, StringComparison.Ordinal))
        {
            throw new DomainRuleException(
                "draw.commitment-mismatch",
                $"承诺与抽取输入不符：承诺 {Short(commitment.CommitmentHash)}，按输入重算 {Short(actual.CommitmentHash)}");
        }

        // From here on only the recomputed commitment is used, so clear-text fields of a hand-made commitment that do not
        // match its hash (e.g. other seed input names) cannot influence the draw.
        var seed = Seed(actual, seedValues);
        return Draw(input, actual, seedValues, seed, salt);
    }

    internal static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    internal static string Short(string hex) => hex.Length > 12 ? hex[..12] + "…" : hex;

    private static string Quote(IEnumerable<string> names) => "［" + string.Join("、", names.Select(n => $"“{n}”")) + "］";

    /// <summary>§3: tickets, lowest-ticket selection per stratum, officer pairing, selection hash.</summary>
    private static DrawRecord Draw(DrawInput input, DrawCommitment commitment, IReadOnlyList<SeedInput> seedValues, byte[] seed, byte[] salt)
    {
        var strataIndex = StrataIndex(input.Strata);
        var selected = SelectTargets(input, strataIndex, seed);
        var pairing = new OfficerPairing(input, seed);
        var selections = new List<DrawStratumSelection>(input.Strata.Count);
        for (var s = 0; s < input.Strata.Count; s++)
        {
            var stratum = input.Strata[s];
            var list = new List<DrawSelected>(selected[s].Length);
            for (var r = 0; r < selected[s].Length; r++)
            {
                var t = selected[s][r];
                var target = t.Id.ToGuid();
                var officers = pairing.Assign(stratum, target);
                list.Add(new DrawSelected(r + 1, target, t.TicketHex(), officers));
            }

            selections.Add(new DrawStratumSelection(stratum.Label, list));
        }

        var selectionHash = SelectionHash(salt, commitment.CommitmentHash, selections);
        return new DrawRecord(
            input, commitment, seedValues, Hex(seed), selections, pairing.Understaffed, pairing.Skips, Hex(salt), selectionHash);
    }

    /// <summary>
    /// ticket = SHA-256(seed ‖ str(label) ‖ guid(id)); the quota lowest tickets win. One bounded max-heap per stratum
    /// keeps the candidates seen so far with the lowest tickets, so the pass is O(n log quota) without allocation per candidate.
    /// </summary>
    private static Ticket[][] SelectTargets(DrawInput input, Dictionary<string, int> strataIndex, byte[] seed)
    {
        var count = input.Strata.Count;
        var heaps = new TicketHeap[count];
        var messages = new byte[count][];
        for (var s = 0; s < count; s++)
        {
            heaps[s] = new TicketHeap(input.Strata[s].Quota);
            var label = DrawHashWriter.EncodeStr(input.Strata[s].Label);
            messages[s] = new byte[seed.Length + label.Length + 16];
            seed.CopyTo(messages[s], 0);
            label.CopyTo(messages[s], seed.Length);
        }

        HashSet<Guid>? excluded = input.Exclusions.Count == 0 ? null : input.Exclusions.Select(e => e.EntityId).ToHashSet();
        Span<byte> hash = stackalloc byte[32];
        string? lastLabel = null;
        var lastIndex = -1;
        var labelRefs = input.Strata.Select(x => x.Label).ToArray();
        var candidates = input.Candidates;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            // Candidates of one stratum usually come together; comparing the reference first skips most lookups.
            if (!ReferenceEquals(c.Stratum, lastLabel))
            {
                lastLabel = c.Stratum;
                lastIndex = StratumOf(c.Stratum, labelRefs, strataIndex);
            }

            var heap = heaps[lastIndex];
            if (heap.Capacity == 0 || (excluded is not null && excluded.Contains(c.EntityId)))
            {
                continue;
            }

            var message = messages[lastIndex];
            var idBytes = message.AsSpan(message.Length - 16);
            c.EntityId.TryWriteBytes(idBytes, bigEndian: true, out _);
            SHA256.HashData(message, hash);

            // Once the heap is full most tickets lose on their first 8 bytes alone: no Ticket is built for them.
            if (!heap.Full || BinaryPrimitives.ReadUInt64BigEndian(hash) <= heap.HighestW0)
            {
                heap.Offer(new Ticket(hash, idBytes));
            }
        }

        var result = new Ticket[count][];
        for (var s = 0; s < count; s++)
        {
            result[s] = heaps[s].Sorted();
        }

        return result;
    }

    /// <summary>§4: SHA-256(salt ‖ canonical selection).</summary>
    internal static string SelectionHash(byte[] salt, string commitmentHash, IReadOnlyList<DrawStratumSelection> selections)
    {
        using var w = new DrawHashWriter();
        w.Bytes(salt);
        w.Str(Version + " selection");
        w.Bytes(Convert.FromHexString(commitmentHash));
        w.U32(selections.Count);
        foreach (var s in selections)
        {
            w.Str(s.Stratum);
            w.U32(s.Selected.Count);
            foreach (var t in s.Selected)
            {
                w.Guid(t.EntityId);
                w.U32(t.Officers.Count);
                foreach (var o in t.Officers)
                {
                    w.Guid(o);
                }
            }
        }

        return Hex(w.Finish());
    }

    /// <summary>
    /// §1.2 CandidatesHash over the candidates in id order. Callers should pass the candidates already sorted by id
    /// (the register query orders by id): sorted input is detected in the same O(n) pass that reads the ids and the
    /// sort is skipped; unsorted input is sorted here, with the same result.
    /// </summary>
    private static byte[] CandidatesHash(DrawInput input, Dictionary<string, int> strataIndex)
    {
        var labels = new byte[input.Strata.Count][];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = DrawHashWriter.EncodeStr(input.Strata[i].Label);
        }

        var labelRefs = input.Strata.Select(x => x.Label).ToArray();
        var candidates = input.Candidates;
        var n = candidates.Count;
        var keys = ArrayPool<CandidateKey>.Shared.Rent(n);
        try
        {
            var sorted = true;
            string? lastLabel = null;
            var s = -1;
            Span<byte> idBytes = stackalloc byte[16];
            for (var i = 0; i < n; i++)
            {
                var c = candidates[i];
                if (c?.Stratum is null || (!ReferenceEquals(c.Stratum, lastLabel) && (s = StratumOf(c.Stratum, labelRefs, strataIndex)) < 0))
                {
                    throw Invalid($"第 {i + 1} 个候选对象的分层“{c?.Stratum}”不在分层清单中");
                }

                lastLabel = c.Stratum;
                c.EntityId.TryWriteBytes(idBytes, bigEndian: true, out _);
                var key = new CandidateKey(BinaryPrimitives.ReadUInt64BigEndian(idBytes), BinaryPrimitives.ReadUInt64BigEndian(idBytes[8..]), s);

                // Strictly increasing ids are sorted and free of duplicates; anything else goes through the sort, after
                // which a duplicate is reported below.
                sorted = sorted && (i == 0 || key.CompareTo(keys[i - 1]) > 0);
                keys[i] = key;
            }

            if (!sorted)
            {
                Array.Sort(keys, 0, n);
            }

            using var w = new DrawHashWriter();
            w.Str(Version + " candidates");
            w.U32(n);
            for (var i = 0; i < n; i++)
            {
                ref readonly var key = ref keys[i];
                if (i > 0 && key.Hi == keys[i - 1].Hi && key.Lo == keys[i - 1].Lo)
                {
                    // R-INS-1: items on one target are drawn jointly, so an entity is a candidate in one stratum only.
                    throw Invalid($"候选对象 {new DrawId(key.Hi, key.Lo).ToGuid()} 出现多次（一个对象只能属于一个分层）");
                }

                w.Id(key.Hi, key.Lo);
                w.Bytes(labels[key.Stratum]);
            }

            return w.Finish();
        }
        finally
        {
            ArrayPool<CandidateKey>.Shared.Return(keys);
        }
    }

    private static byte[] OfficersHash(IReadOnlyList<DrawOfficer> officers)
    {
        using var w = new DrawHashWriter();
        w.Str(Version + " officers");
        w.U32(officers.Count);
        foreach (var o in officers.OrderBy(o => DrawId.Of(o.OfficerId)))
        {
            w.Guid(o.OfficerId);
            w.OptionalDate(o.CredentialValidFrom);
            w.OptionalDate(o.CredentialValidUntil);
            w.Bool(o.StatusValid);
            var specialties = o.Specialties.Select(DrawHashWriter.EncodeStr).OrderBy(b => b, Utf8Order.Instance).ToList();
            w.U32(specialties.Count);
            foreach (var s in specialties)
            {
                w.Bytes(s);
            }

            w.U32(o.ConflictedEntityIds.Count);
            foreach (var id in o.ConflictedEntityIds.OrderBy(DrawId.Of))
            {
                w.Guid(id);
            }

            w.U32(o.ExistingWorkload);
        }

        return w.Finish();
    }

    /// <summary>
    /// The index of a candidate's stratum label, or -1. Candidates in id order interleave the strata, so the label
    /// changes at almost every candidate: the labels usually are the very string objects of the strata list, which a
    /// reference comparison over the (few) strata finds without hashing the text; otherwise the dictionary decides.
    /// </summary>
    private static int StratumOf(string label, string[] labelRefs, Dictionary<string, int> strataIndex)
    {
        if (labelRefs.Length <= 32)
        {
            for (var i = 0; i < labelRefs.Length; i++)
            {
                if (ReferenceEquals(labelRefs[i], label))
                {
                    return i;
                }
            }
        }

        return strataIndex.TryGetValue(label, out var index) ? index : -1;
    }

    private static Dictionary<string, int> StrataIndex(IReadOnlyList<DrawStratum> strata)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < strata.Count; i++)
        {
            index.TryAdd(strata[i].Label, i);
        }

        return index;
    }

    private static Dictionary<string, int> Validate(DrawInput input)
    {
        var task = input.Task ?? throw Invalid("缺少抽查任务");
        CheckText(task.Title, "任务名称");
        if (task.Round < 1)
        {
            throw Invalid("抽取轮次应从 1 开始");
        }

        if (input.MinOfficers < 2)
        {
            // R-OFF-1, R-PEN-12: never fewer than two qualified officers per target.
            throw Invalid("每个对象的执法人员最少人数不得少于 2 名（R-OFF-1）");
        }

        if (input.WorkloadCap < 1)
        {
            throw Invalid("工作量上限应为正整数");
        }

        if (input.Strata is null || input.Strata.Count == 0)
        {
            throw Invalid("至少需要一个分层");
        }

        var strata = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in input.Strata)
        {
            CheckText(s.Label, "分层名称");
            CheckText(s.Specialty, $"分层“{s.Label}”的专业");
            if (s.Quota < 0)
            {
                throw Invalid($"分层“{s.Label}”的抽取数量不能为负数");
            }

            if (!strata.TryAdd(s.Label, strata.Count))
            {
                throw Invalid($"分层“{s.Label}”重复");
            }
        }

        Unique(input.Exclusions.Select(e => e.EntityId), "排除对象");
        foreach (var e in input.Exclusions)
        {
            CheckText(e.Reason, $"排除对象 {e.EntityId} 的原因");
        }

        Unique(input.Officers.Select(o => o.OfficerId), "执法人员");
        foreach (var o in input.Officers)
        {
            if (o.ExistingWorkload < 0)
            {
                throw Invalid($"执法人员 {o.OfficerId} 的已有工作量不能为负数");
            }

            foreach (var s in o.Specialties)
            {
                CheckText(s, $"执法人员 {o.OfficerId} 的专业");
            }

            if (o.Specialties.Distinct(StringComparer.Ordinal).Count() != o.Specialties.Count)
            {
                throw Invalid($"执法人员 {o.OfficerId} 的专业重复");
            }

            Unique(o.ConflictedEntityIds, $"执法人员 {o.OfficerId} 的回避对象");
        }

        if (input.SeedInputNames is null || input.SeedInputNames.Count == 0)
        {
            throw Invalid("至少需要一个随机种子输入名称");
        }

        foreach (var n in input.SeedInputNames)
        {
            CheckText(n, "随机种子输入名称");
        }

        if (input.SeedInputNames.Distinct(StringComparer.Ordinal).Count() != input.SeedInputNames.Count)
        {
            throw Invalid("随机种子输入名称重复");
        }

        return strata;
    }

    private static void Unique(IEnumerable<Guid> ids, string what)
    {
        var seen = new HashSet<Guid>();
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw Invalid($"{what} {id} 重复");
            }
        }
    }

    /// <summary>Texts are hashed as UTF-8 of their NFC form; other forms are refused rather than silently normalised.</summary>
    private static void CheckText(string? value, string label, string code = "draw.input-invalid")
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new DomainRuleException(code, $"{label}不能为空");
        }

        bool nfc;
        try
        {
            nfc = value.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            nfc = false;
        }

        if (!nfc)
        {
            throw new DomainRuleException(code, $"{label}不是规范的 Unicode 文本（应为 NFC 形式）：{value}");
        }
    }

    private static DomainRuleException Invalid(string message) => new("draw.input-invalid", "抽取输入无效：" + message);

    /// <summary>A candidate's id as two big-endian halves and its stratum index; sorts by id without a comparer object.</summary>
    private readonly record struct CandidateKey(ulong Hi, ulong Lo, int Stratum) : IComparable<CandidateKey>
    {
        public int CompareTo(CandidateKey other) => Hi != other.Hi ? Hi.CompareTo(other.Hi) : Lo.CompareTo(other.Lo);
    }

    /// <summary>Orders encoded strings by their bytes, unsigned, shorter prefix first.</summary>
    private sealed class Utf8Order : IComparer<byte[]>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan(4).SequenceCompareTo(y.AsSpan(4));
    }

    /// <summary>A ticket as four big-endian words plus the id: compares as the unsigned 32-byte string, then by id bytes.</summary>
    private readonly struct Ticket(ReadOnlySpan<byte> hash, ReadOnlySpan<byte> id) : IComparable<Ticket>
    {
        private readonly ulong _w0 = BinaryPrimitives.ReadUInt64BigEndian(hash);

        public ulong W0 => _w0;
        private readonly ulong _w1 = BinaryPrimitives.ReadUInt64BigEndian(hash[8..]);
        private readonly ulong _w2 = BinaryPrimitives.ReadUInt64BigEndian(hash[16..]);
        private readonly ulong _w3 = BinaryPrimitives.ReadUInt64BigEndian(hash[24..]);

        public DrawId Id { get; } = new(BinaryPrimitives.ReadUInt64BigEndian(id), BinaryPrimitives.ReadUInt64BigEndian(id[8..]));

        public int CompareTo(Ticket other) =>
            _w0 != other._w0 ? _w0.CompareTo(other._w0)
            : _w1 != other._w1 ? _w1.CompareTo(other._w1)
            : _w2 != other._w2 ? _w2.CompareTo(other._w2)
            : _w3 != other._w3 ? _w3.CompareTo(other._w3)
            : Id.CompareTo(other.Id);

        public string TicketHex()
        {
            Span<byte> bytes = stackalloc byte[32];
            BinaryPrimitives.WriteUInt64BigEndian(bytes, _w0);
            BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], _w1);
            BinaryPrimitives.WriteUInt64BigEndian(bytes[16..], _w2);
            BinaryPrimitives.WriteUInt64BigEndian(bytes[24..], _w3);
            return Hex(bytes);
        }
    }

    /// <summary>The quota lowest tickets seen so far: a max-heap whose root is the highest ticket kept.</summary>
    private sealed class TicketHeap(int capacity)
    {
        private Ticket[] _items = new Ticket[Math.Min(capacity, 1 << 16)];
        private int _count;

        public int Capacity { get; } = capacity;

        public bool Full => _count == Capacity;

        /// <summary>The first 8 bytes of the highest ticket kept (only meaningful when the heap is not empty).</summary>
        public ulong HighestW0 => _items[0].W0;

        public void Offer(Ticket t)
        {
            if (_count < Capacity)
            {
                if (_count == _items.Length)
                {
                    Array.Resize(ref _items, (int)Math.Min((long)_items.Length * 2, Capacity));
                }

                _items[_count++] = t;
                SiftUp(_count - 1);
            }
            else if (t.CompareTo(_items[0]) < 0)
            {
                _items[0] = t;
                SiftDown(0);
            }
        }

        public Ticket[] Sorted()
        {
            var all = _items.AsSpan(0, _count).ToArray();
            Array.Sort(all);
            return all;
        }

        private void SiftUp(int i)
        {
            var items = _items;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (items[i].CompareTo(items[parent]) <= 0)
                {
                    return;
                }

                (items[i], items[parent]) = (items[parent], items[i]);
                i = parent;
            }
        }

        private void SiftDown(int i)
        {
            var items = _items;
            var n = _count;
            while (true)
            {
                var largest = i;
                var left = (2 * i) + 1;
                var right = left + 1;
                if (left < n && items[left].CompareTo(items[largest]) > 0)
                {
                    largest = left;
                }

                if (right < n && items[right].CompareTo(items[largest]) > 0)
                {
                    largest = right;
                }

                if (largest == i)
                {
                    return;
                }

                (items[i], items[largest]) = (items[largest], items[i]);
                i = largest;
            }
        }
    }
}
