using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments.SleDas;

/// <summary>
/// SLE-DAS items not reported: absent under the default set (the calculator's reading, results unchanged), listed with
/// the score as a lower bound under <c>sle.sle-das.unreported-unknown</c>.
/// </summary>
[Properties(Arbitrary = [typeof(SleDasArbitraries)])]
public sealed class SleDasUnreportedTests
{
    private static readonly SleDasInstrument Instrument = new();
    private static readonly DefinitionSetId Unknown = SleDasDefinitions.UnreportedUnknown.Id;

    private static SleDasResult Score(SleDasInput input)
    {
        Assert.DoesNotContain(Instrument.Validate(input), d => d.Severity == DiagnosticSeverity.Error);
        return Instrument.Compute(input);
    }

    // Every item given: no swollen joint, nothing present, normal laboratory values.
    internal static SleDasInput Complete() => new()
    {
        NeuropsychiatricInvolvement = false,
        SystemicVasculitis = false,
        MucocutaneousVasculitis = false,
        CardiacOrPulmonaryInvolvement = false,
        Serositis = false,
        SwollenJointCount = 0,
        Myositis = false,
        LocalizedRash = false,
        GeneralizedRash = false,
        Alopecia = false,
        MucosalUlcers = false,
        HemolyticAnemia = false,
        Hypocomplementemia = false,
        IncreasedAntiDsDna = false,
        ProteinuriaMilligrams = 100m,
        PlateletCount = 250m,
        LeukocyteCount = 6m,
    };

    [Fact]
    public void By_default_an_item_left_out_is_absent_and_the_result_is_as_before()
    {
        var result = Score(new SleDasInput { SwollenJointCount = 2, Alopecia = true });

        // 0.366 + arthritis 3.132 + 2 x 0.454 + alopecia 0.973 = 5.379
        Assert.Equal(5.38m, result.Score);
        Assert.Null(result.NotReported);
        Assert.True(result.Determinate);
    }

    [Fact]
    public void Under_the_unknown_reading_the_items_left_out_are_listed_and_the_score_is_a_lower_bound()
    {
        var result = Score(new SleDasInput { Definitions = Unknown, SwollenJointCount = 2, Alopecia = true });

        Assert.Equal(5.38m, result.Score);
        Assert.Equal(SleDasCategory.MildActivity, result.Category);
        Assert.False(result.Determinate);
        Assert.Equal(15, result.NotReported!.Value.Length);
        Assert.DoesNotContain(SleDasItem.Alopecia, result.NotReported.Value);
        Assert.DoesNotContain(SleDasItem.SwollenJoints, result.NotReported.Value);
        Assert.Equal(Unknown, result.Definitions);
    }

    [Fact]
    public void Under_the_unknown_reading_a_complete_visit_is_determinate()
    {
        var result = Score(Complete() with { Definitions = Unknown });

        Assert.True(result.Determinate);
        Assert.Empty(result.NotReported!.Value);
        Assert.Equal(SleDasCategory.Remission, result.Category);
    }

    [Property(MaxTest = 200)]
    public void Leaving_items_out_never_raises_the_score(SleDasInput input, uint mask)
    {
        var full = Score(input with { Definitions = Unknown });
        bool? Keep(bool? value, int bit) => (mask & (1u << bit)) == 0 ? value : null;
        var partial = input with
        {
            Definitions = Unknown,
            NeuropsychiatricInvolvement = Keep(input.NeuropsychiatricInvolvement, 0),
            Serositis = Keep(input.Serositis, 1),
            Alopecia = Keep(input.Alopecia, 2),
            HemolyticAnemia = Keep(input.HemolyticAnemia, 3),
            IncreasedAntiDsDna = Keep(input.IncreasedAntiDsDna, 4),
            SwollenJointCount = (mask & (1u << 5)) == 0 ? input.SwollenJointCount : null,
            ProteinuriaMilligrams = (mask & (1u << 6)) == 0 ? input.ProteinuriaMilligrams : null,
            PlateletCount = (mask & (1u << 7)) == 0 ? input.PlateletCount : null,
        };

        var result = Score(partial);

        Assert.True(result.Score <= full.Score, $"{result.Score} > {full.Score}");
        Assert.Equal(result.NotReported!.Value.IsEmpty, result.Determinate);
    }
}
