using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Weijian.Inspections.Draws;

namespace Weijian.Tests.Inspections.Draws;

/// <summary>The test-vector input of docs/draw-protocol.md §7 and random registers for the property tests.</summary>
internal static class DrawSamples
{
    public const string VectorFile = "docs/draw-protocol-vectors.json";

    public static readonly DateOnly PlannedDate = new(2027, 1, 12);

    public static readonly string[] SeedNames = ["会议现场掷骰 6 枚", "2027-01-05 福彩3D 开奖号码"];

    public static readonly SeedInput[] SeedValues = [new(SeedNames[0], "3 1 6 6 2 5"), new(SeedNames[1], "4 0 7")];

    /// <summary>The vectors' fixed salt 00 01 02 … 1f (a real draw takes 32 bytes from RandomNumberGenerator).</summary>
    public static byte[] FixedSalt => Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    public static Guid Entity(int n) => Guid.Parse($"e0000000-0000-4000-8000-{n:x12}");

    public static Guid Officer(int n) => Guid.Parse($"a0000000-0000-4000-8000-{n:x12}");

    /// <summary>
    /// 3 strata, 12 candidates (2 excluded), 6 officers: one conflicted with a school (R-PEN-12), one with an expired
    /// credential, one of the wrong specialty, a workload cap of 3 that binds.
    /// </summary>
    public static DrawInput VectorInput()
    {
        const string lodging = "公共场所/住宿";
        const string water = "生活饮用水/供水单位";
        const string school = "学校卫生";
        DateOnly? valid = new DateOnly(2024, 1, 1);
        DateOnly? validUntil = new DateOnly(2028, 12, 31);
        return new DrawInput(
            new DrawTask(Guid.Parse("d0000000-0000-4000-8000-000000000001"), 1, "2027年度公共卫生双随机抽查（第一批）", PlannedDate),
            [new DrawStratum(lodging, "PublicPlaces", 2), new DrawStratum(water, "DrinkingWater", 2), new DrawStratum(school, "SchoolHealth", 5)],
            [
                .. Enumerable.Range(1, 5).Select(i => new DrawCandidate(Entity(i), lodging)),
                .. Enumerable.Range(6, 4).Select(i => new DrawCandidate(Entity(i), water)),
                .. Enumerable.Range(10, 3).Select(i => new DrawCandidate(Entity(i), school)),
            ],
            [new DrawExclusion(Entity(3), "已注销（2026-12-01）"), new DrawExclusion(Entity(8), "日供水千吨以上，全覆盖重点监管，不纳入随机抽查（R-INS-1）")],
            [
                new DrawOfficer(Officer(1), valid, validUntil, true, ["PublicPlaces", "DrinkingWater"], [], 0),
                new DrawOfficer(Officer(2), valid, validUntil, true, ["PublicPlaces"], [], 1),
                new DrawOfficer(Officer(3), new DateOnly(2021, 1, 1), new DateOnly(2026, 12, 31), true, ["PublicPlaces", "SchoolHealth"], [], 0),
                new DrawOfficer(Officer(4), valid, validUntil, true, ["DrinkingWater", "SchoolHealth"], [], 1),
                new DrawOfficer(Officer(5), valid, validUntil, true, ["SchoolHealth"], [Entity(11)], 0),
                new DrawOfficer(Officer(6), valid, validUntil, true, ["MedicalCare"], [], 0),
            ],
            SeedNames,
            WorkloadCap: 3);
    }

    /// <summary>A register built from one integer: reproducible without System.Random (FsCheck prints the integer).</summary>
    public static (DrawInput Input, SeedInput[] Seed) RandomRegister(int seed)
    {
        var source = new Source(seed);
        string[] specialties = ["A", "B", "C"];
        var strata = Enumerable.Range(0, 1 + source.Next(4))
            .Select(i => new DrawStratum($"层{i}", specialties[source.Next(3)], source.Next(7)))
            .ToList();
        var candidates = Enumerable.Range(0, source.Next(40))
            .Select(i => new DrawCandidate(source.Id(), strata[source.Next(strata.Count)].Label))
            .ToList();
        var exclusions = candidates.Where(_ => source.Next(5) == 0).Select(c => new DrawExclusion(c.EntityId, "已注销")).ToList();
        var officers = Enumerable.Range(0, source.Next(12)).Select(_ =>
        {
            var from = source.Next(6) == 0 ? (DateOnly?)null : PlannedDate.AddDays(source.Next(800) - 700);
            var until = from is null ? null : (DateOnly?)from.Value.AddDays(source.Next(1000));
            return new DrawOfficer(
                source.Id(),
                from,
                until,
                source.Next(6) != 0,
                specialties.Where(_ => source.Next(2) == 0).ToList(),
                candidates.Where(_ => source.Next(8) == 0).Select(c => c.EntityId).ToList(),
                source.Next(4));
        }).ToList();
        var input = new DrawInput(
            new DrawTask(source.Id(), 1 + source.Next(3), "随机名录", PlannedDate), strata, candidates, exclusions, officers,
            ["掷骰"], WorkloadCap: 1 + source.Next(5), MinOfficers: 2 + (source.Next(4) == 0 ? 1 : 0));
        return (input, [new SeedInput("掷骰", source.Next(1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    /// <summary>Independent re-implementation of the ticket formula of §3.1, from the document's text.</summary>
    public static string Ticket(string seedHex, string label, Guid id)
    {
        var labelBytes = Encoding.UTF8.GetBytes(label);
        var message = new List<byte>(Convert.FromHexString(seedHex));
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)labelBytes.Length);
        message.AddRange(length);
        message.AddRange(labelBytes);
        message.AddRange(Convert.FromHexString(id.ToString("N")));
        return Convert.ToHexStringLower(SHA256.HashData(message.ToArray()));
    }

    /// <summary>SHA-256 in counter mode over the integer: a deterministic stream of numbers.</summary>
    private sealed class Source(int seed)
    {
        private int _counter;

        public int Next(int bound)
        {
            if (bound <= 1)
            {
                return 0;
            }

            var bytes = SHA256.HashData(Encoding.ASCII.GetBytes($"{seed}/{_counter++}"));
            return (int)(BinaryPrimitives.ReadUInt32BigEndian(bytes) % (uint)bound);
        }

        public Guid Id() => new(SHA256.HashData(Encoding.ASCII.GetBytes($"{seed}/id/{_counter++}"))[..16]);
    }
}
