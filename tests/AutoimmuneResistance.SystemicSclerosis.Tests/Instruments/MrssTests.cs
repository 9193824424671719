using System.Text.Json.Nodes;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Instruments;

/// <summary>Worked examples for the modified Rodnan skin score (Khanna 2017): 17 sites, 0–3 each, total 0–51, every site required.</summary>
public sealed class MrssTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 17)]
    [InlineData(3, 51)]
    public void Uniform_scores_give_17_times_the_site_score(int score, int total)
    {
        var result = Ssc.Compute(SystemicSclerosisIds.ModifiedRodnanSkinScore, Ssc.AllSites(score));

        Assert.Equal(total, (int)result["total"]!);
        Assert.Equal(51, (int)result["maximum"]!);
        Assert.Equal(17, result["sites"]!.AsArray().Count);
    }

    [Fact]
    public void A_typical_diffuse_pattern_sums_its_sites()
    {
        // Face 1, fingers 2 + 2, dorsum of hands 2 + 2, forearms 1 + 1, everything else 0: 11.
        var scores = new Dictionary<MrssSite, int>
        {
            [MrssSite.Face] = 1,
            [MrssSite.RightFingers] = 2,
            [MrssSite.LeftFingers] = 2,
            [MrssSite.RightDorsumOfHand] = 2,
            [MrssSite.LeftDorsumOfHand] = 2,
            [MrssSite.RightForearm] = 1,
            [MrssSite.LeftForearm] = 1,
        };
        var input = new MrssInput { Sites = [.. Enum.GetValues<MrssSite>().Reverse().Select(s => new MrssSiteScore { Site = s, Score = scores.GetValueOrDefault(s) })] };

        var result = new ModifiedRodnanSkinScore().Compute(input);

        Assert.Equal(11, result.Total);
        Assert.Equal(Enum.GetValues<MrssSite>(), result.Sites.Select(s => s.Site));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void A_score_outside_0_to_3_is_an_error_at_its_site(int score)
    {
        var document = JsonNode.Parse(Ssc.AllSites(2))!;
        document["sites"]![5]!["score"] = score;

        var diagnostics = Ssc.Diagnostics(SystemicSclerosisIds.ModifiedRodnanSkinScore, document.ToJsonString());

        var error = Assert.Single(diagnostics);
        Assert.Equal(SystemicSclerosisDiagnosticCodes.MrssScoreOutOfRange, error.Code);
        Assert.Equal("$.sites[5].score", error.Path);
    }

    [Fact]
    public void A_missing_site_is_an_error_and_no_partial_total_is_given()
    {
        var document = JsonNode.Parse(Ssc.AllSites(1))!;
        document["sites"]!.AsArray().RemoveAt(0);

        var computation = Ssc.Pipeline.ComputeInstrument(SystemicSclerosisIds.ModifiedRodnanSkinScore, System.Text.Encoding.UTF8.GetBytes(document.ToJsonString()));

        Assert.True(computation.HasErrors);
        Assert.Contains(computation.Diagnostics, d => d.Code == SystemicSclerosisDiagnosticCodes.MrssSiteMissing);
    }
}
