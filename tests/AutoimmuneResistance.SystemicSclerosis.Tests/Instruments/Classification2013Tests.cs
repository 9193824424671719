namespace AutoimmuneResistance.SystemicSclerosis.Tests.Instruments;

/// <summary>
/// Worked examples derived by hand from van den Hoogen 2013 (Ann Rheum Dis 2013;72(11):1747-55, Table 1): the total is
/// the sum of the highest weight in each category; ≥ 9 classifies. Boundaries: 8, 9 and 10 points.
/// </summary>
public sealed class Classification2013Tests
{
    [Theory]
    // The sufficient criterion alone: 9, classified.
    [InlineData("\"skin-thickening-proximal-to-mcp\"", 9, true)]
    // Without any skin thickening: Raynaud 3 + anti-centromere 3 + pitting scars 3 = 9 (exactly at the threshold).
    [InlineData("\"raynaud-phenomenon\",\"anti-centromere\",\"fingertip-pitting-scars\"", 9, true)]
    // One below: Raynaud 3 + anti-centromere 3 + digital tip ulcers 2 = 8.
    [InlineData("\"raynaud-phenomenon\",\"anti-centromere\",\"digital-tip-ulcers\"", 8, false)]
    // One above: Raynaud 3 + anti-topoisomerase I 3 + puffy fingers 2 + telangiectasia 2 = 10.
    [InlineData("\"raynaud-phenomenon\",\"anti-topoisomerase-i\",\"puffy-fingers\",\"telangiectasia\"", 10, true)]
    // Only the higher sub-item counts: puffy fingers 2 and sclerodactyly 4 give 4; ulcers 2 and scars 3 give 3: 7.
    [InlineData("\"puffy-fingers\",\"sclerodactyly\",\"digital-tip-ulcers\",\"fingertip-pitting-scars\"", 7, false)]
    // Capped categories: PAH and ILD give 2, three antibodies give 3, nailfold 2: 7.
    [InlineData("\"pulmonary-arterial-hypertension\",\"interstitial-lung-disease\",\"anti-centromere\",\"anti-topoisomerase-i\",\"anti-rna-polymerase-iii\",\"abnormal-nailfold-capillaries\"", 7, false)]
    public void Totals_and_classification_follow_the_weights(string items, int total, bool classified)
    {
        var result = Ssc.Compute(SystemicSclerosisIds.Classification2013, $"{{\"items\":[{items}]}}");

        Assert.Equal(total, (int)result["totalScore"]!);
        Assert.Equal(classified, (bool)result["classified"]!);
        Assert.Equal(classified ? "classified" : "below-threshold", (string)result["decidingRule"]!);
        Assert.NotEmpty(result["sources"]!.AsArray());
    }

    [Fact]
    public void Every_item_together_scores_the_maximum_of_28()
    {
        var result = new AcrEular2013Classification().Compute(new Classification2013Input { Items = Classification2013Criteria.All });

        Assert.Equal(Classification2013Criteria.MaximumTotal, result.TotalScore);
        Assert.Equal(8, result.Categories.Length);
        Assert.True(result.SufficientCriterionMet);
    }

    [Fact]
    public void The_criteria_do_not_apply_when_the_fingers_are_spared_or_another_disorder_explains_the_findings()
    {
        var spared = Ssc.Compute(SystemicSclerosisIds.Classification2013, """{"items":["raynaud-phenomenon","anti-centromere","fingertip-pitting-scars"],"skinThickeningSparesFingers":true}""");
        var mimic = Ssc.Compute(SystemicSclerosisIds.Classification2013, """{"items":["skin-thickening-proximal-to-mcp"],"betterExplainedBy":["eosinophilic-fasciitis"]}""");

        Assert.Equal("not-applicable-fingers-spared", (string)spared["decidingRule"]!);
        Assert.False((bool)spared["applicable"]!);
        Assert.Null(spared["totalScore"]);
        Assert.Equal("not-applicable-better-explained", (string)mimic["decidingRule"]!);
        Assert.False((bool)mimic["classified"]!);
        Assert.True((bool)mimic["sufficientCriterionMet"]!);
    }

    [Fact]
    public void Finger_skin_items_contradict_spared_fingers()
    {
        var diagnostics = Ssc.Diagnostics(SystemicSclerosisIds.Classification2013, """{"items":["sclerodactyly"],"skinThickeningSparesFingers":true}""");

        Assert.Contains(diagnostics, d => d.Code == SystemicSclerosisDiagnosticCodes.ClassificationFingersContradictory && d.Path == "$.items[0]");
    }
}
