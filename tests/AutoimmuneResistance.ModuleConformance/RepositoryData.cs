namespace AutoimmuneResistance.ModuleConformance;

/// <summary>Data committed in this repository that the built-in modules' conformance tests read (the synthetic demo cohort).</summary>
public static class RepositoryData
{
    private const string SolutionFile = "AutoimmuneResistance.sln";

    /// <summary>Gets the path of <c>seeds/demo-cohort.jsonl</c>.</summary>
    public static string DemoCohortPath => Path.Combine(Root(), "seeds", "demo-cohort.jsonl");

    /// <summary>Reads the demo cohort's records that read without errors (some are broken on purpose).</summary>
    /// <param name="pipeline">The pipeline whose JSON contract reads them.</param>
    /// <returns>The profiles, in file order.</returns>
    public static IReadOnlyList<PatientProfile> DemoCohort(ResistancePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var profiles = new List<PatientProfile>();
        foreach (var line in File.ReadLines(DemoCohortPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var read = pipeline.Json.ReadProfile(line);
            if (!read.HasErrors && read.Profile is { } profile && !pipeline.Validate(profile).Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                profiles.Add(profile);
            }
        }

        return profiles;
    }

    // The repository root: the first directory above the running assembly that holds the solution file.
    private static string Root()
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
