namespace AutoimmuneResistance.Lupus.Tests.Instruments;

public sealed class NephritisTests
{
    public static TheoryData<string, string> Cases => TargetWorkedExamples.Cases("nephritis");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Nephritis_worked_examples(string file, string name) => TargetWorkedExamples.Run("nephritis", file, name);

    [Fact]
    public void Both_variants_are_registered_with_eular_as_default()
    {
        Assert.Equal(NephritisResponseDefinitions.EularEraEdta2019, TargetWorkedExamples.Pipeline.Definitions.Get<NephritisResponseDefinitions>());
        var kdigo = new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(NephritisResponseDefinitions.Kdigo2024.Id).Build();
        Assert.Equal(0.5m, kdigo.Definitions.Get<NephritisResponseDefinitions>().CompleteResponseBelow.GramsPerGram);
        Assert.Contains(TargetWorkedExamples.Pipeline.Instruments, i => i.Id == RefractoryNephritisInstrument.Id);
        Assert.Empty(NephritisResponseDefinitions.EularEraEdta2019.Validate());
        Assert.Empty(NephritisResponseDefinitions.Kdigo2024.Validate());
    }

    [Fact]
    public void A_tuned_kidney_tolerance_applies()
    {
        var tenPercent = NephritisResponseDefinitions.Kdigo2024 with { Id = DefinitionSetId.Create("sle.ln-response.test-10"), KidneyFunctionTolerancePercent = 10m };
        var input = new NephritisResponseInput
        {
            Baseline = new RenalMeasurement { On = new DateOnly(2023, 1, 1), Proteinuria = Proteinuria.GramsPerGram(2m), Egfr = Egfr(100m) },
            FollowUps = [new RenalMeasurement { On = new DateOnly(2024, 1, 1), Proteinuria = Proteinuria.GramsPerGram(0.3m), Egfr = Egfr(88m) }],
        };
        Assert.Equal(NephritisResponseCategory.Complete, new NephritisResponseInstrument().Compute(input, NephritisResponseDefinitions.Kdigo2024).Response);
        Assert.Equal(NephritisResponseCategory.NoResponse, new NephritisResponseInstrument().Compute(input, tenPercent).Response);
    }

    [Theory]
    [InlineData("2022-02-01", "2022-08-01", 6)]
    [InlineData("2022-01-31", "2022-05-30", 3)]
    [InlineData("2022-01-31", "2022-05-31", 4)]
    [InlineData("2022-09-01", "2022-12-15", 3)]
    [InlineData("2022-09-01", "2022-09-01", 0)]
    public void Whole_months_count_calendar_months(string start, string date, int months) =>
        Assert.Equal(months, RefractoryNephritisInstrument.WholeMonths(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    internal static Quantity Egfr(decimal value) => Quantity.Create(value, QuantityUnit.MilliliterPerMinutePer1_73SquareMeter);
}
