using System.Text.Json.Nodes;
using Weijian.Inspections.Draws;
using Weijian.Platform.Rules;

namespace Weijian.Tests.Inspections.Draws;

/// <summary>
/// R-INS-1 (公开): a downloaded record whose meaningful bytes were changed no longer verifies, and the verifier names
/// the first difference in Chinese with its path in the record.
/// </summary>
public class DrawTamperTests
{
    private static readonly string Published = DrawRecordJson.Write(
        DrawProtocol.Run(DrawSamples.VectorInput(), DrawProtocol.Commit(DrawSamples.VectorInput()), DrawSamples.SeedValues, DrawSamples.FixedSalt));

    private static DrawVerification VerifyAfter(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(Published)!;
        change(node);
        return DrawProtocol.Verify(node.ToJsonString());
    }

    private static void ShouldFailWith(DrawVerification result, params string[] fragments)
    {
        result.Verified.ShouldBeFalse();
        foreach (var f in fragments)
        {
            result.FirstDifference.ShouldNotBeNull().ShouldContain(f);
        }
    }

    [Fact]
    public void The_untouched_record_verifies() =>
        DrawProtocol.Verify(Published).ShouldBe(new DrawVerification(true, null));

    [Fact]
    public void A_changed_seed_input_value_is_named_as_a_seed_difference() =>
        ShouldFailWith(VerifyAfter(n => n["seedInputs"]![0]!["value"] = "3 1 6 6 2 4"), "随机种子不符", "（seed）");

    [Fact]
    public void A_changed_seed_input_name_is_refused_as_not_committed() =>
        ShouldFailWith(VerifyAfter(n => n["seedInputs"]![1]!["name"] = "2027-01-06 福彩3D 开奖号码"), "随机种子输入与承诺不符", "（seedInputs）");

    [Fact]
    public void A_changed_candidate_id_is_named_as_a_candidate_list_hash_difference() =>
        ShouldFailWith(
            VerifyAfter(n => n["input"]!["candidates"]![1]!["entityId"] = "e0000000-0000-4000-8000-0000000000ff"),
            "候选对象清单哈希不符：承诺 8f9f37da0db8…", "（commitment.candidatesHash）");

    [Fact]
    public void A_renamed_stratum_is_named_even_when_renamed_consistently_everywhere()
    {
        var renamed = Published.Replace("公共场所/住宿", "公共场所/沐浴", StringComparison.Ordinal);
        ShouldFailWith(DrawProtocol.Verify(renamed), "候选对象清单哈希不符", "commitment.candidatesHash");
    }

    [Fact]
    public void A_changed_quota_is_named_as_a_commitment_hash_difference() =>
        ShouldFailWith(VerifyAfter(n => n["input"]!["strata"]![0]!["quota"] = 3), "承诺哈希不符", "（commitment.commitmentHash）");

    [Fact]
    public void A_changed_exclusion_is_named_as_a_commitment_hash_difference() =>
        ShouldFailWith(VerifyAfter(n => n["input"]!["exclusions"]![0]!["reason"] = "免检"), "承诺哈希不符");

    [Theory]
    [InlineData("existingWorkload", 0)]
    [InlineData("credentialValidUntil", "2027-12-31")]
    [InlineData("statusValid", false)]
    public void Changed_officer_data_is_named_as_an_officer_pool_hash_difference(string field, object value) =>
        ShouldFailWith(
            VerifyAfter(n => n["input"]!["officers"]![1]![field] = JsonValue.Create(value)),
            "执法人员库哈希不符", "（commitment.officersHash）");

    [Fact]
    public void A_removed_declared_conflict_is_named_as_an_officer_pool_hash_difference() =>
        // R-PEN-12: hiding a recusal after the commitment is detected.
        ShouldFailWith(VerifyAfter(n => n["input"]!["officers"]![4]!["conflictedEntityIds"]!.AsArray().Clear()), "执法人员库哈希不符");

    [Fact]
    public void A_swapped_selection_is_named_by_stratum_and_position() =>
        ShouldFailWith(
            VerifyAfter(n => n["selections"]![0]!["selected"]![1]!["entityId"] = "e0000000-0000-4000-8000-000000000001"),
            "第 1 层“公共场所/住宿”第 2 个中选对象不符：记录 e0000000-0000-4000-8000-000000000001 重算 e0000000-0000-4000-8000-000000000004",
            "（selections[0].selected[1].entityId）");

    [Fact]
    public void A_changed_ticket_is_named() =>
        ShouldFailWith(
            VerifyAfter(n => n["selections"]![1]!["selected"]![0]!["ticket"] = new string('0', 64)),
            "第 2 层“生活饮用水/供水单位”第 1 个中选对象的签号不符", "（selections[1].selected[0].ticket）");

    [Fact]
    public void A_changed_officer_assignment_is_named() =>
        // R-OFF-1: the officers paired with a target are part of the verified result.
        ShouldFailWith(
            VerifyAfter(n => n["selections"]![0]!["selected"]![0]!["officers"]![1] = DrawSamples.Officer(6).ToString()),
            "第 1 层“公共场所/住宿”第 1 个中选对象的执法人员不符", "（selections[0].selected[0].officers）");

    [Fact]
    public void A_dropped_skip_is_named() =>
        ShouldFailWith(VerifyAfter(n => n["skips"]!.AsArray().RemoveAt(0)), "第 1 条跳过记录不符", "（skips[0]）");

    [Fact]
    public void A_hidden_understaffed_target_is_named() =>
        ShouldFailWith(VerifyAfter(n => n["understaffed"]!.AsArray().RemoveAt(2)), "人员不足对象数量不符", "（understaffed）");

    [Fact]
    public void A_changed_salt_is_named_as_a_selection_hash_difference() =>
        ShouldFailWith(VerifyAfter(n => n["salt"] = new string('1', 64)), "中选结果哈希不符", "（selectionHash）");

    [Fact]
    public void A_changed_selection_hash_is_named() =>
        ShouldFailWith(VerifyAfter(n => n["selectionHash"] = new string('a', 64)), "中选结果哈希不符：记录 aaaaaaaaaaaa…");

    [Fact]
    public void A_duplicated_candidate_is_named_as_invalid_input_not_thrown()
    {
        var result = VerifyAfter(n => n["input"]!["candidates"]![1]!["entityId"] = "e0000000-0000-4000-8000-000000000001");
        ShouldFailWith(result, "记录中的抽取输入无效", "出现多次", "（input）");
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("""{"protocol":"weijian-draw/1"}""")]
    public void Malformed_json_is_refused_with_record_invalid_and_a_Chinese_message(string json)
    {
        var e = Should.Throw<DomainRuleException>(() => DrawProtocol.Verify(json));
        e.Code.ShouldBe("draw.record-invalid");
        e.Message.ShouldStartWith("抽取记录格式错误");
    }

    [Fact]
    public void A_malformed_id_names_its_path()
    {
        var node = JsonNode.Parse(Published)!;
        node["input"]!["officers"]![2]!["officerId"] = "not-a-guid";
        var e = Should.Throw<DomainRuleException>(() => DrawRecordJson.Read(node.ToJsonString()));
        e.Code.ShouldBe("draw.record-invalid");
        e.Message.ShouldContain("input.officers[2].officerId");
    }
}
