namespace AutoimmuneResistance.Tests.Evaluation;

// A published effect names its study, end point, unit and publication, and its counts are positive; a bad one is
// rejected where it is built, naming the property.
public sealed class PublishedEffectTests
{
    private static readonly Citation Source = new("Doe J, et al.", 2021, "A trial", "J Example 1:1-9", doi: "10.1234/example.2021");

    private static PublishedEffect Valid() => new()
    {
        Study = "EXAMPLE-1",
        Endpoint = "response at week 52",
        Measure = EffectMeasure.RiskDifference,
        Value = 12.5m,
        Unit = "%",
        Arms = [new EffectArm { Label = "drug", Participants = 100, Value = 40m, Unit = "%" }, new EffectArm { Label = "placebo", Participants = 100, Value = 27.5m, Unit = "%" }],
        Participants = 200,
        Design = EvidenceGrade.RandomizedTrial,
        Citation = Source,
    };

    [Fact]
    public void A_complete_effect_is_accepted()
    {
        var effect = Valid();

        Assert.Equal(200, effect.Participants);
        Assert.Equal(12.5m, effect.Arms[0].Value - effect.Arms[1].Value);
    }

    [Theory]
    [InlineData("Study")]
    [InlineData("Endpoint")]
    [InlineData("Unit")]
    public void A_blank_text_is_rejected_naming_the_property(string property)
    {
        var error = Assert.Throws<ArgumentException>(() => property switch
        {
            "Study" => Valid() with { Study = " " },
            "Endpoint" => Valid() with { Endpoint = "" },
            _ => Valid() with { Unit = " " },
        });

        Assert.Equal(property, error.ParamName);
    }

    [Fact]
    public void Counts_must_be_positive_and_enumerations_defined()
    {
        Assert.Equal("Participants", Assert.Throws<ArgumentOutOfRangeException>(() => Valid() with { Participants = 0 }).ParamName);
        Assert.Equal("Participants", Assert.Throws<ArgumentOutOfRangeException>(() => new EffectArm { Label = "drug", Participants = -1 }).ParamName);
        Assert.Equal("Label", Assert.Throws<ArgumentException>(() => new EffectArm { Label = "" }).ParamName);
        Assert.Equal("Measure", Assert.Throws<ArgumentOutOfRangeException>(() => Valid() with { Measure = (EffectMeasure)99 }).ParamName);
        Assert.Equal("Design", Assert.Throws<ArgumentOutOfRangeException>(() => Valid() with { Design = (EvidenceGrade)0 }).ParamName);
        Assert.Throws<ArgumentNullException>(() => Valid() with { Citation = null! });
    }

    [Fact]
    public void Case_series_is_a_grade_of_its_own_written_in_the_contract_s_words()
    {
        Assert.Equal(7, (int)EvidenceGrade.CaseSeries);
        Assert.Equal("\"case-series\"", System.Text.Json.JsonSerializer.Serialize(EvidenceGrade.CaseSeries, AutoimmuneResistanceJsonContext.Default.EvidenceGrade));
    }
}
