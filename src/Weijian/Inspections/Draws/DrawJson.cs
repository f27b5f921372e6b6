using System.Text.Json;
using Weijian.Platform.Persistence;

namespace Weijian.Inspections.Draws;

/// <summary>The public commitment as JSON (what is announced before the seed exists), and reading back the stored input.</summary>
internal static class DrawJson
{
    public static string Commitment(DrawCommitment c) => JsonSerializer.Serialize(
        new
        {
            Protocol = DrawProtocol.Version,
            c.Task,
            c.WorkloadCap,
            c.MinOfficers,
            c.Strata,
            c.Exclusions,
            c.SeedInputNames,
            c.CandidatesHash,
            c.OfficersHash,
            c.CommitmentHash,
        },
        ChildRecordsJson.Options);

    public static DrawInput Input(string json) =>
        JsonSerializer.Deserialize<DrawInput>(json, ChildRecordsJson.Options) ?? throw new InvalidOperationException("stored draw input is empty");
}
