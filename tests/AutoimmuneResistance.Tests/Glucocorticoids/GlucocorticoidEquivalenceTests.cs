namespace AutoimmuneResistance.Tests.Glucocorticoids;

public class GlucocorticoidEquivalenceTests
{
    // Worked by hand from the table (prednisone 5 = prednisolone 5 = methylprednisolone 4 = hydrocortisone 20 =
    // dexamethasone 0.75 mg): prednisone-equivalent = dose × 5 ÷ equivalent dose.
    public static TheoryData<string, string, string> WorkedExamples => new()
    {
        { "prednisone", "7.5", "7.5" },              // 7.5 × 5 / 5
        { "prednisolone", "12", "12" },              // 12 × 5 / 5
        { "methylprednisolone", "4", "5" },          // 4 × 5 / 4
        { "methylprednisolone", "16", "20" },         // 16 × 5 / 4
        { "hydrocortisone", "20", "5" },             // 20 × 5 / 20
        { "hydrocortisone", "30", "7.5" },           // 30 × 5 / 20: exactly the LLDAS boundary
        { "dexamethasone", "0.75", "5" },            // 0.75 × 5 / 0.75
        { "dexamethasone", "6", "40" },              // 6 × 5 / 0.75
    };

    [Theory]
    [MemberData(nameof(WorkedExamples))]
    public void Worked_examples(string substance, string milligrams, string expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var result = GlucocorticoidEquivalence.ToPrednisoneEquivalent(
            TherapyId.Create(substance), Dose.Milligrams(decimal.Parse(milligrams, inv)), Route.Oral);
        Assert.Equal(QuantityUnit.Milligram, result.Unit);
        Assert.Equal(decimal.Parse(expected, inv), result.Value);
    }

    [Fact]
    public void Dexamethasone_4_mg_is_26_and_two_thirds()
    {
        // 4 × 5 / 0.75 = 80 / 3 = 26.666…
        var result = GlucocorticoidEquivalence.ToPrednisoneEquivalent(TherapyId.Dexamethasone, Dose.Milligrams(4m), Route.Oral);
        Assert.Equal(80m / 3m, result.Value);
        Assert.Equal(26.6667m, Math.Round(result.Value, 4));
        Assert.True(result > Dose.Milligrams(26.66m) && result < Dose.Milligrams(26.67m));
    }

    [Fact]
    public void Other_absolute_units_are_converted_first()
    {
        Assert.Equal(Dose.Milligrams(5m), GlucocorticoidEquivalence.ToPrednisoneEquivalent(TherapyId.Dexamethasone, Dose.Micrograms(750m), Route.Intravenous));
        Assert.Equal(Dose.Milligrams(1250m), GlucocorticoidEquivalence.ToPrednisoneEquivalent(TherapyId.Methylprednisolone, Dose.Grams(1m), Route.Intravenous));
        Assert.Equal(Dose.Milligrams(25m), GlucocorticoidEquivalence.ToPrednisoneEquivalent(TherapyId.Hydrocortisone, Dose.Milligrams(100m), Route.Intramuscular));
    }

    [Theory]
    [InlineData("topical")]
    [InlineData("inhaled")]
    [InlineData("ophthalmic")]
    [InlineData("intra-articular")]
    [InlineData("subcutaneous")]
    public void Non_systemic_routes_are_rejected(string route)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            GlucocorticoidEquivalence.ToPrednisoneEquivalent(TherapyId.Prednisolone, Dose.Milligrams(5m), Route.Create(route)));
        Assert.Equal("route", ex.ParamName);
        Assert.Contains($"Route '{route}' is not systemic", ex.Message, StringComparison.Ordinal);

        Assert.False(GlucocorticoidEquivalence.TryToPrednisoneEquivalent(TherapyId.Prednisolone, Dose.Milligrams(5m), Route.Create(route), out var equivalent, out var reason));
        Assert.Equal(default, equivalent);
        Assert.Contains("not systemic", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unspecified_route_is_rejected()
    {
        Assert.False(GlucocorticoidEquivalence.TryToPrednisoneEquivalent(TherapyId.Prednisone, Dose.Milligrams(5m), default, out _, out var reason));
        Assert.StartsWith("No route was given", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_substances_are_rejected()
    {
        Assert.False(GlucocorticoidEquivalence.IsSupported(TherapyId.Hydroxychloroquine));
        var ex = Assert.Throws<ArgumentException>(() =>
            GlucocorticoidEquivalence.ToPrednisoneEquivalent(TherapyId.Create("betamethasone"), Dose.Milligrams(1m), Route.Oral));
        Assert.Equal("substance", ex.ParamName);
        Assert.Contains("'betamethasone' has no prednisone equivalence; supported substances: prednisone, prednisolone, methylprednisolone, hydrocortisone, dexamethasone.", ex.Message, StringComparison.Ordinal);
        Assert.False(GlucocorticoidEquivalence.TryToPrednisoneEquivalent(default, Dose.Milligrams(1m), Route.Oral, out _, out var reason));
        Assert.StartsWith("No substance was given", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Weight_based_doses_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            GlucocorticoidEquivalence.ToPrednisoneEquivalent(TherapyId.Methylprednisolone, Dose.MilligramsPerKilogram(30m), Route.Intravenous));
        Assert.Equal("dailyDose", ex.ParamName);
        Assert.Contains("weight-based", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ForBodyWeight", ex.Message, StringComparison.Ordinal);

        // After applying a body weight the same dose converts: 30 mg/kg × 70 kg = 2100 mg; × 5 / 4 = 2625 mg.
        var absolute = Dose.MilligramsPerKilogram(30m).ForBodyWeight(BodyWeight.Kilograms(70m));
        Assert.Equal(Dose.Milligrams(2625m), GlucocorticoidEquivalence.ToPrednisoneEquivalent(TherapyId.Methylprednisolone, absolute, Route.Intravenous));
    }

    [Fact]
    public void Results_above_the_dose_ceiling_are_rejected()
    {
        // 100 000 mg dexamethasone × 5 / 0.75 is far above 100 000 mg.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            GlucocorticoidEquivalence.ToPrednisoneEquivalent(TherapyId.Dexamethasone, Dose.Grams(100m), Route.Oral));
        Assert.Equal("dailyDose", ex.ParamName);
        Assert.False(GlucocorticoidEquivalence.TryToPrednisoneEquivalent(TherapyId.Dexamethasone, Dose.Grams(100m), Route.Oral, out _, out var reason));
        Assert.Contains("above the 100000 mg ceiling", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Try_variant_succeeds_with_no_reason()
    {
        Assert.True(GlucocorticoidEquivalence.TryToPrednisoneEquivalent(TherapyId.Hydrocortisone, Dose.Milligrams(20m), Route.Oral, out var equivalent, out var reason));
        Assert.Null(reason);
        Assert.Equal(Dose.Milligrams(5m), equivalent);
    }

    [Fact]
    public void Table_lists_the_five_substances_and_systemic_routes()
    {
        string[] substances = ["prednisone", "prednisolone", "methylprednisolone", "hydrocortisone", "dexamethasone"];
        decimal[] milligrams = [5m, 5m, 4m, 20m, 0.75m];
        Assert.Equal(substances, GlucocorticoidEquivalence.Table.Select(r => r.Substance.Value));
        Assert.Equal(milligrams, GlucocorticoidEquivalence.Table.Select(r => r.EquivalentMilligrams));
        Assert.All(GlucocorticoidEquivalence.Table, r => Assert.True(GlucocorticoidEquivalence.IsSupported(r.Substance)));
        Assert.Equal(new[] { Route.Oral, Route.Intravenous, Route.Intramuscular }, GlucocorticoidEquivalence.SystemicRoutes);
        Assert.True(GlucocorticoidEquivalence.IsSystemic(Route.Create("oral")));
        Assert.False(GlucocorticoidEquivalence.IsSystemic(Route.Topical));
    }

    [Fact]
    public void Every_row_is_equivalent_to_five_mg_prednisone()
    {
        foreach (var row in GlucocorticoidEquivalence.Table)
        {
            var result = GlucocorticoidEquivalence.ToPrednisoneEquivalent(row.Substance, Dose.Milligrams(row.EquivalentMilligrams), Route.Oral);
            Assert.Equal(GlucocorticoidEquivalence.ReferencePrednisoneMilligrams, result.Value);
        }
    }
}
