#:project ../../src/AutoimmuneResistance.Cli

// Regenerates seeds/demo-cohort.jsonl: 300 entirely synthetic patients (systemic lupus erythematosus and systemic
// sclerosis), 9 of them invalid on purpose, from the fixed seed 20261122. The generator is the command-line tool's
// (src/AutoimmuneResistance.Cli/Generation/DemoCohort.cs), so this is the same as
//
//   autoimmune-resistance generate --count 300 --seed 20261122 --output seeds/demo-cohort.jsonl
//
//   dotnet run samples/DemoCohort/generate-demo-cohort.cs                 (writes seeds/demo-cohort.jsonl)
//   dotnet run samples/DemoCohort/generate-demo-cohort.cs -- other.jsonl  (writes elsewhere)
//
// The output is byte-identical on every run (see seeds/demo-cohort.md).

using System.Runtime.CompilerServices;
using AutoimmuneResistance.Cli;

var output = args.Length > 0 ? Path.GetFullPath(args[0]) : DefaultOutputPath();
return await CommandLine.InvokeAsync(["generate", "--count", "300", "--seed", "20261122", "--output", output], CliConsole.ForProcess());

// seeds/demo-cohort.jsonl next to this file's repository; falls back to the repository above the working directory.
static string DefaultOutputPath([CallerFilePath] string sourceFile = "")
{
    var start = File.Exists(sourceFile) ? Path.GetDirectoryName(sourceFile)! : Environment.CurrentDirectory;
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "AutoimmuneResistance.sln")))
        {
            return Path.Combine(directory.FullName, "seeds", "demo-cohort.jsonl");
        }
    }

    throw new InvalidOperationException("Run from inside the repository, or pass the output path as an argument.");
}
