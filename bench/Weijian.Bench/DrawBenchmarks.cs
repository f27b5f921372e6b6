using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Weijian.Inspections.Draws;

namespace Weijian.Bench;

/// <summary>
/// The 双随机 draw at province scale (issue #4): 1 000 000 candidates in 11 strata with ≈ 5 % quotas, 2 000 officers
/// with mixed specialties, some conflicts, expired/missing credentials and a binding workload cap.
/// <see cref="Floor_HashIds"/> is the bare cost of the tickets — SHA-256 over seed ‖ str(label) ‖ guid for every
/// candidate — which no implementation of the protocol can go below; Draw and Verify are measured against it.
/// No database.
/// </summary>
[Config(typeof(InProcessMonitoring))]
[MemoryDiagnoser]
public class DrawBenchmarks
{
    private const int Candidates = 1_000_000;
    private const int Officers = 2_000;

    private static readonly string[] Specialties =
        ["PublicPlaces", "DrinkingWater", "SchoolHealth", "OccupationalHealth", "RadiationHealth", "MedicalCare",
         "InfectiousDisease", "DisinfectionProducts", "TablewareDisinfection", "MaternalChildHealth", "WaterProducts"];

    private static readonly SeedInput[] SeedValues = [new("会议现场掷骰 6 枚", "3 1 6 6 2 5"), new("2027-01-05 福彩3D 开奖号码", "4 0 7")];

    private DrawInput _input = null!;
    private DrawInput _sortedInput = null!;
    private DrawRecord _record = null!;
    private byte[] _seed = null!;
    private int[] _stratumOf = null!;
    private byte[] _salt = null!;

    [GlobalSetup]
    public void Setup()
    {
        var date = new DateOnly(2027, 3, 1);
        var strata = Specialties.Select((s, i) => new DrawStratum($"{i + 1:00} {s}", s, Candidates / Specialties.Length / 20)).ToList();
        var candidates = new DrawCandidate[Candidates];
        _stratumOf = new int[Candidates];
        for (var i = 0; i < Candidates; i++)
        {
            _stratumOf[i] = Number("stratum", i) % strata.Count;
            candidates[i] = new DrawCandidate(Id("entity", i), strata[_stratumOf[i]].Label);
        }

        var officers = Enumerable.Range(0, Officers).Select(i =>
        {
            var kind = Number("credential", i) % 100;
            DateOnly? from = kind < 2 ? null : kind < 5 ? date.AddDays(30) : date.AddYears(-3);
            DateOnly? until = kind < 2 ? null : kind < 10 ? date.AddDays(-1) : date.AddYears(2);
            var specialties = Enumerable.Range(0, 1 + (Number("count", i) % 3))
                .Select(k => Specialties[Number("specialty", (i * 3) + k) % Specialties.Length]).Distinct().ToList();
            var conflicts = Number("conflicts", i) % 10 == 0
                ? Enumerable.Range(0, 1 + (Number("conflict-count", i) % 3)).Select(k => candidates[Number("conflict", (i * 3) + k) % Candidates].EntityId).Distinct().ToList()
                : [];
            return new DrawOfficer(Id("officer", i), from, until, Number("status", i) % 50 != 0, specialties, conflicts, Number("workload", i) % 20);
        }).ToList();
        var exclusions = Enumerable.Range(0, 2_000).Select(i => new DrawExclusion(candidates[i * 500].EntityId, "已注销")).ToList();
        _input = new DrawInput(
            new DrawTask(Id("task", 0), 1, "2027年度全省双随机抽查", date), strata, candidates, exclusions, officers,
            [.. SeedValues.Select(s => s.Name)], WorkloadCap: 80);
        // The same register as the database hands it over, in id order (lowercase hex text order = id order, §0).
        _sortedInput = _input with { Candidates = [.. candidates.OrderBy(c => c.EntityId.ToString(), StringComparer.Ordinal)] };
        _salt = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var commitment = DrawProtocol.Commit(_input);
        _seed = DrawProtocol.Seed(commitment, SeedValues);
        _record = DrawProtocol.Run(_input, commitment, SeedValues, _salt);
        Console.WriteLine(
            $"// selected {_record.Selections.Sum(s => s.Selected.Count)}, understaffed {_record.Understaffed.Count}, skips {_record.Skips.Count} "
            + $"({string.Join(", ", _record.Skips.CountBy(s => s.Reason).Select(p => $"{p.Key} {p.Value}"))})");
    }

    [Benchmark(Baseline = true, Description = "floor: SHA-256(seed ‖ str(label) ‖ guid) per candidate")]
    public int Floor_HashIds()
    {
        var messages = _input.Strata.Select(s =>
        {
            var label = Encoding.UTF8.GetBytes(s.Label);
            var m = new byte[32 + 4 + label.Length + 16];
            _seed.CopyTo(m, 0);
            BinaryPrimitives.WriteUInt32BigEndian(m.AsSpan(32), (uint)label.Length);
            label.CopyTo(m, 36);
            return m;
        }).ToArray();
        Span<byte> hash = stackalloc byte[32];
        var acc = 0;
        var candidates = _input.Candidates;
        for (var i = 0; i < candidates.Count; i++)
        {
            var m = messages[_stratumOf[i]];
            candidates[i].EntityId.TryWriteBytes(m.AsSpan(m.Length - 16), bigEndian: true, out _);
            SHA256.HashData(m, hash);
            acc ^= hash[0];
        }

        return acc;
    }

    [Benchmark(Description = "draw: Commit + Run")]
    public DrawRecord Draw() => DrawProtocol.Run(_input, DrawProtocol.Commit(_input), SeedValues, _salt);

    [Benchmark(Description = "draw: Commit + Run, candidates already in id order")]
    public DrawRecord Draw_SortedInput() => DrawProtocol.Run(_sortedInput, DrawProtocol.Commit(_sortedInput), SeedValues, _salt);

    [Benchmark(Description = "verify: recompute the record")]
    public bool Verify() => DrawProtocol.Verify(_record).Verified ? true : throw new InvalidOperationException("record did not verify");

    /// <summary>
    /// In-process, 1 warm-up and 5 measured iterations of one operation each (an operation takes seconds): on the shared
    /// 2-core machine BenchmarkDotNet's generated-project build alone hit its 2-minute timeout.
    /// </summary>
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() =>
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: true)));
    }

    private static int Number(string what, int i) =>
        (int)(BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.ASCII.GetBytes($"{what}/{i}"))) & int.MaxValue);

    private static Guid Id(string what, int i)
    {
        var bytes = SHA256.HashData(Encoding.ASCII.GetBytes($"{what}/{i}")).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0f) | 0x40); // version 4 layout, as registers hold
        bytes[8] = (byte)((bytes[8] & 0x3f) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
