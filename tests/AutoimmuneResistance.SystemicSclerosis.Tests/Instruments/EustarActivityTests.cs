namespace AutoimmuneResistance.SystemicSclerosis.Tests.Instruments;

/// <summary>
/// Worked examples for the revised EUSTAR activity index (Valentini 2017): Δ-skin 1.5, mRSS &gt; 18 1.5, digital ulcers
/// 1.5, tendon friction rubs 2.25, CRP &gt; 1 mg/dL 2.25, DLCO &lt; 70 % 1.0; active at ≥ 2.5.
/// </summary>
public sealed class EustarActivityTests
{
    private static string Input(bool skin = false, int mrss = 10, bool du = false, bool rubs = false, string crp = "{\"value\":5,\"unit\":\"mg/L\"}", string dlco = "80") =>
        $"{{\"skinWorsenedPreviousMonth\":{Lower(skin)},\"mrss\":{mrss},\"digitalUlcers\":{Lower(du)},\"tendonFrictionRubs\":{Lower(rubs)},\"crp\":{crp},\"dlco\":{{\"value\":{dlco},\"unit\":\"%\"}}}}";

    private static string Lower(bool b) => b ? "true" : "false";

    private static decimal Score(string json) => (decimal)Ssc.Compute(SystemicSclerosisIds.EustarActivityIndex, json)["score"]!;

    [Theory]
    [InlineData(18, "0")]
    [InlineData(19, "1.5")]
    public void Mrss_scores_only_above_18(int mrss, string score) => Assert.Equal(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), Score(Input(mrss: mrss)));

    [Theory]
    [InlineData("{\"value\":10,\"unit\":\"mg/L\"}", "0")]
    [InlineData("{\"value\":1.0,\"unit\":\"mg/dL\"}", "0")]
    [InlineData("{\"value\":10.1,\"unit\":\"mg/L\"}", "2.25")]
    [InlineData("{\"value\":1.01,\"unit\":\"mg/dL\"}", "2.25")]
    public void Crp_scores_only_above_1_mg_per_dl_in_either_unit(string crp, string score) =>
        Assert.Equal(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), Score(Input(crp: crp)));

    [Theory]
    [InlineData("70", "0")]
    [InlineData("69.9", "1.0")]
    public void Dlco_scores_only_below_70(string dlco, string score) =>
        Assert.Equal(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), Score(Input(dlco: dlco)));

    [Fact]
    public void Activity_starts_at_exactly_2_5()
    {
        // Δ-skin 1.5 + DLCO 1.0 = 2.5: active. mRSS 19 alone 1.5 and rubs alone 2.25: not active.
        var atThreshold = Ssc.Compute(SystemicSclerosisIds.EustarActivityIndex, Input(skin: true, dlco: "60"));
        var rubs = Ssc.Compute(SystemicSclerosisIds.EustarActivityIndex, Input(rubs: true));
        var above = Ssc.Compute(SystemicSclerosisIds.EustarActivityIndex, Input(skin: true, du: true));

        Assert.Equal(2.5m, (decimal)atThreshold["score"]!);
        Assert.True((bool)atThreshold["active"]!);
        Assert.Equal(2.25m, (decimal)rubs["score"]!);
        Assert.False((bool)rubs["active"]!);
        Assert.Equal(3.0m, (decimal)above["score"]!);
        Assert.True((bool)above["active"]!);
    }

    [Fact]
    public void Every_item_gives_10()
    {
        var result = Ssc.Compute(SystemicSclerosisIds.EustarActivityIndex, Input(true, 30, true, true, "{\"value\":3,\"unit\":\"mg/dL\"}", "50"));

        Assert.Equal(10m, (decimal)result["score"]!);
        Assert.Equal(6, result["items"]!.AsArray().Count);
    }

    [Fact]
    public void A_crp_in_international_units_is_an_error()
    {
        var diagnostics = Ssc.Diagnostics(SystemicSclerosisIds.EustarActivityIndex, Input(crp: "{\"value\":3,\"unit\":\"[IU]/mL\"}"));

        Assert.Contains(diagnostics, d => d.Code == SystemicSclerosisDiagnosticCodes.ActivityCrpUnitNotMass && d.Path == "$.crp");
    }
}
