using System.Collections.Immutable;
using AutoimmuneResistance.SystemicSclerosis;

namespace AutoimmuneResistance.Lupus.Tests.DemoCohort;

// Reads the committed synthetic demo cohort (seeds/demo-cohort.jsonl) once and evaluates it with the lupus and systemic
// sclerosis modules, as the quick start does (the systemic sclerosis records carry the module's features). Shared by the demo cohort tests of this folder.
public sealed class DemoCohortFixture : IAsyncLifetime
{
    private const string SolutionFile = "AutoimmuneResistance.sln";

    public ResistancePipeline Pipeline { get; } = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().Build();

    public byte[] Bytes { get; private set; } = [];

    public ImmutableArray<CohortOutcome> Outcomes { get; private set; } = [];

    public ImmutableArray<Finding> Findings { get; private set; } = [];

    public static string CohortPath => Path.Combine(RepositoryRoot(), "seeds", "demo-cohort.jsonl");

    public async Task InitializeAsync()
    {
        Bytes = await File.ReadAllBytesAsync(CohortPath);
        var outcomes = ImmutableArray.CreateBuilder<CohortOutcome>();
        await foreach (var outcome in Pipeline.EvaluateJsonLinesAsync(new MemoryStream(Bytes)))
        {
            outcomes.Add(outcome);
        }

        Outcomes = outcomes.ToImmutable();
        Findings = [.. Outcomes.Where(o => o.Assessment is not null).SelectMany(o => o.Assessment!.Findings)];
    }

    public Task DisposeAsync() => Task.CompletedTask;

    // The repository root: the first directory above the test assembly that holds the solution file.
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} contains {SolutionFile}.");
    }
}
