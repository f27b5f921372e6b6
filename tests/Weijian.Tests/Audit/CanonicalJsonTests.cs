using System.Text.Json.Nodes;
using Weijian.Platform.Audit;

namespace Weijian.Tests.Audit;

public class CanonicalJsonTests
{
    [Fact]
    public void Object_members_are_sorted_by_name_and_whitespace_is_dropped()
    {
        CanonicalJson.Canonicalize("""{ "b": 1, "a": { "d": [1, 2], "c": null } }""")
            .ShouldBe("""{"a":{"c":null,"d":[1,2]},"b":1}""");
    }

    [Fact]
    public void Chinese_text_stays_literal_and_only_quotes_backslashes_and_controls_are_escaped()
    {
        CanonicalJson.Serialize(new JsonObject { ["name"] = "冷水滩区\"卫健局\"\\\n\u0001" })
            .ShouldBe("{\"name\":\"冷水滩区\\\"卫健局\\\"\\\\\\n\\u0001\"}");
    }

    [Fact]
    public void The_same_value_written_differently_gives_the_same_bytes()
    {
        var a = CanonicalJson.Canonicalize("""{"amount": 3000, "flag": true, "x": "\u51b7"}""");
        var b = CanonicalJson.Canonicalize("""{"x":"冷","flag":true,"amount":3000.0}""");
        a.ShouldBe(b);
    }

    [Fact]
    public void Objects_are_serialised_with_camel_case_names()
    {
        CanonicalJson.FromObject(new { RegionCode = "431103", Depth = 2 }).ShouldBe("""{"depth":2,"regionCode":"431103"}""");
    }

    [Fact]
    public void Sorting_uses_utf16_code_units_not_culture()
    {
        CanonicalJson.Canonicalize("""{"é":1,"z":2,"A":3,"a":4}""").ShouldBe("""{"A":3,"a":4,"z":2,"é":1}""");
    }
}
