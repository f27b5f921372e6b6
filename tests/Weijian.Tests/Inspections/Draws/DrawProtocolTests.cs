using Weijian.Inspections.Draws;
using Weijian.Platform.Rules;

namespace Weijian.Tests.Inspections.Draws;

/// <summary>Commit/seed/run behaviour of the 双随机 draw (R-INS-1) outside the vectors.</summary>
public class DrawProtocolTests
{
    private static readonly DrawInput Input = DrawSamples.VectorInput();

    [Fact]
    public void Seed_refuses_inputs_whose_names_differ_from_the_commitment()
    {
        var commitment = DrawProtocol.Commit(Input);
        var e = Should.Throw<DomainRuleException>(() =>
            DrawProtocol.Seed(commitment, [new SeedInput("会议现场掷骰 6 枚", "1 2 3 4 5 6"), new SeedInput("2027-01-06 福彩3D 开奖号码", "1 2 3")]));
        e.Code.ShouldBe("draw.seed-inputs-mismatch");
        e.Message.ShouldContain("随机种子输入与承诺不符");
    }

    [Fact]
    public void Seed_refuses_inputs_in_another_order_or_missing_one()
    {
        var commitment = DrawProtocol.Commit(Input);
        Should.Throw<DomainRuleException>(() => DrawProtocol.Seed(commitment, [.. DrawSamples.SeedValues.Reverse()])).Code.ShouldBe("draw.seed-inputs-mismatch");
        Should.Throw<DomainRuleException>(() => DrawProtocol.Seed(commitment, [DrawSamples.SeedValues[0]])).Code.ShouldBe("draw.seed-inputs-mismatch");
    }

    [Fact]
    public void Run_refuses_a_commitment_made_over_another_register()
    {
        var commitment = DrawProtocol.Commit(Input);
        var changed = Input with { Candidates = Input.Candidates.Take(11).ToList() };
        Should.Throw<DomainRuleException>(() => DrawProtocol.Run(changed, commitment, DrawSamples.SeedValues, DrawSamples.FixedSalt))
            .Code.ShouldBe("draw.commitment-mismatch");
    }

    [Fact]
    public void Run_refuses_a_salt_that_is_not_32_bytes() =>
        Should.Throw<DomainRuleException>(() => DrawProtocol.Run(Input, DrawProtocol.Commit(Input), DrawSamples.SeedValues, new byte[16]))
            .Code.ShouldBe("draw.salt-invalid");

    [Fact]
    public void A_minimum_below_two_officers_is_refused() =>
        // R-OFF-1, R-PEN-12: at least two qualified officers per target.
        Should.Throw<DomainRuleException>(() => DrawProtocol.Commit(Input with { MinOfficers = 1 })).Code.ShouldBe("draw.input-invalid");

    [Fact]
    public void A_candidate_in_two_strata_is_refused()
    {
        // R-INS-1: items on one target are drawn jointly, so one entity is one candidate.
        var twice = Input with { Candidates = [.. Input.Candidates, new DrawCandidate(DrawSamples.Entity(1), "学校卫生")] };
        Should.Throw<DomainRuleException>(() => DrawProtocol.Commit(twice)).Message.ShouldContain("出现多次");
    }

    [Fact]
    public void Text_not_in_NFC_is_refused_rather_than_silently_normalised()
    {
        var decomposed = "e\u0301"; // é as e + combining acute: hashes differently from the NFC form
        Should.Throw<DomainRuleException>(() => DrawProtocol.Commit(Input with { Task = Input.Task with { Title = decomposed } }))
            .Code.ShouldBe("draw.input-invalid");
    }

    [Fact]
    public void The_commitment_does_not_depend_on_the_order_candidates_officers_or_exclusions_are_listed_in()
    {
        var shuffled = Input with
        {
            Candidates = [.. Input.Candidates.Reverse()],
            Officers = [.. Input.Officers.Reverse().Select(o => o with { Specialties = [.. o.Specialties.Reverse()] })],
            Exclusions = [.. Input.Exclusions.Reverse()],
        };
        DrawProtocol.Commit(shuffled).CommitmentHash.ShouldBe(DrawProtocol.Commit(Input).CommitmentHash);
        var a = DrawProtocol.Run(Input, DrawProtocol.Commit(Input), DrawSamples.SeedValues, DrawSamples.FixedSalt);
        var b = DrawProtocol.Run(shuffled, DrawProtocol.Commit(shuffled), DrawSamples.SeedValues, DrawSamples.FixedSalt);
        b.Selections.SelectMany(s => s.Selected).ShouldBe(a.Selections.SelectMany(s => s.Selected), new SelectedComparer());
        b.SelectionHash.ShouldBe(a.SelectionHash);
    }

    [Fact]
    public void The_strata_order_is_part_of_the_commitment() =>
        DrawProtocol.Commit(Input with { Strata = [.. Input.Strata.Reverse()] }).CommitmentHash
            .ShouldNotBe(DrawProtocol.Commit(Input).CommitmentHash);

    [Fact]
    public void A_redraw_round_has_another_commitment_and_so_another_seed_from_the_same_values()
    {
        var first = DrawProtocol.Commit(Input);
        var second = DrawProtocol.Commit(Input with { Task = Input.Task with { Round = 2 } });
        second.CommitmentHash.ShouldNotBe(first.CommitmentHash);
        DrawProtocol.Seed(second, DrawSamples.SeedValues).ShouldNotBe(DrawProtocol.Seed(first, DrawSamples.SeedValues));
    }

    [Fact]
    public void The_reveal_hash_is_the_salted_selection_hash_and_changes_with_the_salt()
    {
        var commitment = DrawProtocol.Commit(Input);
        var a = DrawProtocol.Run(Input, commitment, DrawSamples.SeedValues, DrawSamples.FixedSalt);
        var b = DrawProtocol.Run(Input, commitment, DrawSamples.SeedValues, DrawProtocol.NewSalt());
        a.RevealHash.ShouldBe(a.SelectionHash);
        b.Selections.SelectMany(s => s.Selected).ShouldBe(a.Selections.SelectMany(s => s.Selected), new SelectedComparer());
        b.RevealHash.ShouldNotBe(a.RevealHash);
        DrawProtocol.Verify(b).Verified.ShouldBeTrue();
    }

    [Fact]
    public void Json_round_trip_gives_the_same_text_and_a_record_that_verifies()
    {
        var record = DrawProtocol.Run(Input, DrawProtocol.Commit(Input), DrawSamples.SeedValues, DrawProtocol.NewSalt());
        var json = DrawRecordJson.Write(record);
        var read = DrawRecordJson.Read(json);
        DrawRecordJson.Write(read).ShouldBe(json);
        read.Selections.SelectMany(s => s.Selected).ShouldBe(record.Selections.SelectMany(s => s.Selected), new SelectedComparer());
        read.Skips.ShouldBe(record.Skips);
        read.Understaffed.ShouldBe(record.Understaffed);
        DrawProtocol.Verify(read).Verified.ShouldBeTrue();
        json.ShouldContain("与检查对象有利害关系，应当回避（R-PEN-12）");
        json.ShouldContain("\"reason\": \"conflict\"");
    }

    [Fact]
    public void The_same_inputs_give_the_identical_record()
    {
        string Once()
        {
            var input = DrawSamples.VectorInput();
            return DrawRecordJson.Write(DrawProtocol.Run(input, DrawProtocol.Commit(input), DrawSamples.SeedValues, DrawSamples.FixedSalt));
        }

        Once().ShouldBe(Once());
    }

    [Fact]
    public void Another_seed_draws_another_selection_from_a_big_stratum()
    {
        // R-INS-1 随机: 20 of 1 000; two seeds giving the same 20 would happen with probability ≈ 1e-41.
        var candidates = Enumerable.Range(1, 1000).Select(i => new DrawCandidate(DrawSamples.Entity(i), "公共场所")).ToList();
        var input = new DrawInput(
            new DrawTask(Guid.Parse("d0000000-0000-4000-8000-000000000002"), 1, "大层", DrawSamples.PlannedDate),
            [new DrawStratum("公共场所", "PublicPlaces", 20)], candidates, [], [], ["掷骰"], 5);
        var commitment = DrawProtocol.Commit(input);
        HashSet<Guid> Selection(string dice) =>
            DrawProtocol.Run(input, commitment, [new SeedInput("掷骰", dice)], DrawSamples.FixedSalt)
                .Selections[0].Selected.Select(s => s.EntityId).ToHashSet();

        var a = Selection("1 2 3 4 5 6");
        var b = Selection("1 2 3 4 5 5");
        a.Count.ShouldBe(20);
        a.SetEquals(b).ShouldBeFalse();
        a.Intersect(b).Count().ShouldBeLessThan(10, "independent draws of 20 of 1 000 share ≈ 0.4 targets on average");
    }

    private sealed class SelectedComparer : IEqualityComparer<DrawSelected>
    {
        public bool Equals(DrawSelected? x, DrawSelected? y) =>
            x!.EntityId == y!.EntityId && x.Rank == y.Rank && x.Ticket == y.Ticket && x.Officers.SequenceEqual(y.Officers);

        public int GetHashCode(DrawSelected obj) => obj.EntityId.GetHashCode();
    }
}
