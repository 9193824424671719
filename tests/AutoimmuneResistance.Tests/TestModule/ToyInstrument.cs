using System.Collections.Immutable;

namespace AutoimmuneResistance.Tests.TestModule;

// A two-item toy score: weight 2 for "fever", 3 for "rash"; at most one visit date. Used to prove the instrument contract.
public sealed class ToyScore : ClinicalInstrument<ToyScoreInput, ToyScoreResult>
{
    public static readonly InstrumentId Id = InstrumentId.Create("toy.score");

    public override InstrumentDescriptor Descriptor { get; } = new() { Id = Id, Title = "Toy score", Documentation = "docs/instruments/toy.score.md" };

    public override IReadOnlyList<EvaluationDiagnostic> Validate(ToyScoreInput input)
    {
        var unknown = input.Items.Select((item, i) => (item, i)).Where(x => x.item is not ("fever" or "rash")).ToList();
        return [.. unknown.Select(x => EvaluationDiagnostic.Error("AIR9002", $"unknown item '{x.item}'; items are fever, rash", $"$.items[{x.i}]"))];
    }

    protected override ToyScoreResult ComputeCore(ToyScoreInput input) => new()
    {
        Total = input.Items.Sum(i => i == "fever" ? 2 : 3),
        Items = [.. input.Items],
    };
}

public sealed record ToyScoreInput
{
    public required DateOnly On { get; init; }

    public ImmutableArray<string> Items { get; init => field = value.IsDefault ? [] : value; } = [];
}

public sealed record ToyScoreResult
{
    public required int Total { get; init; }

    public ImmutableArray<string> Items { get; init => field = value.IsDefault ? [] : value; } = [];
}
