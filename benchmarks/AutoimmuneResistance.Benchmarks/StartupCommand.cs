using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// <c>startup</c>: in a fresh process, times building a pipeline, the first profile read and the first evaluations,
/// counts the methods the JIT compiled for them, and lists any code-generation or reflection-heavy assembly that got
/// loaded (Reflection.Emit, expression trees, regular expressions). The target is no start-up compilation or
/// reflection: the library's JSON metadata is source-generated and its serializer runs with reflection switched off.
/// </summary>
internal static class StartupCommand
{
    public const string Name = "startup";

    // Run-time code generation (IL emission, compiled expression trees, the C# runtime binder) fails the command.
    private static readonly string[] CodeGenerationAssemblies =
    [
        "System.Reflection.Emit",
        "System.Reflection.Emit.ILGeneration",
        "System.Reflection.Emit.Lightweight",
        "System.Linq.Expressions",
        "Microsoft.CSharp",
    ];

    // Worth knowing about, not failures by themselves.
    private static readonly string[] NotableAssemblies = ["System.Text.RegularExpressions", "System.Reflection.Metadata"];

    public static int Run(string[] args)
    {
        if (args.Contains("--why"))
        {
            // Print who loads a code-generation assembly.
            AppDomain.CurrentDomain.AssemblyLoad += (_, e) =>
            {
                var name = e.LoadedAssembly.GetName().Name;
                if (CodeGenerationAssemblies.Contains(name, StringComparer.Ordinal) || NotableAssemblies.Contains(name, StringComparer.Ordinal))
                {
                    Console.WriteLine($"loaded {e.LoadedAssembly.GetName().Name} from:{Environment.NewLine}{Environment.StackTrace}");
                }
            };
        }

        var jitBefore = JitInfo.GetCompiledMethodCount();
        var total = Stopwatch.StartNew();
        var builder = Step("benchmark fixtures: evaluators, stub modules, typical profile", () =>
        {
            _ = SyntheticProfiles.Typical(1);
            return SyntheticProfiles.Builder(BenchmarkEvaluators.Create(4, EvaluatorWork.OneFinding));
        });
        // Build() in parts: the built-in catalogs, then the core JSON contract, then the rest of Build().
        Step("TherapyCatalog.BuiltIn and MechanismCatalog.BuiltIn", () => TherapyCatalog.BuiltIn.GetHashCode() ^ MechanismCatalog.BuiltIn.GetHashCode());
        Step("ResistanceJson.Core (the core JSON contract and its metadata)", () => ResistanceJson.Core);
        var pipeline = Step("ResistancePipelineBuilder.Build()", () => builder.Build());
        var profile = SyntheticProfiles.Typical(1);
        var utf8 = pipeline.Json.SerializeToUtf8Bytes(profile);
        var read = Step("first ReadProfile", () => pipeline.Json.ReadProfile(utf8));
        Step("second ReadProfile", () => pipeline.Json.ReadProfile(utf8));
        Step("first Evaluate", () => pipeline.Evaluate(read.Profile!));
        Step("second Evaluate", () => pipeline.Evaluate(read.Profile!));
        total.Stop();

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"all of the above: {total.Elapsed.TotalMilliseconds:F1} ms; JIT compiled {JitInfo.GetCompiledMethodCount() - jitBefore} methods in {JitInfo.GetCompilationTime().TotalMilliseconds:F1} ms (whole process)"));
        Console.WriteLine($"JsonSerializer.IsReflectionEnabledByDefault: {JsonSerializer.IsReflectionEnabledByDefault}");
        Console.WriteLine($"dynamic code supported: {System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported}, compiled: {System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled}");

        var loaded = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "?").Order(StringComparer.Ordinal).ToArray();
        var codeGeneration = loaded.Intersect(CodeGenerationAssemblies, StringComparer.Ordinal).ToArray();
        var notable = loaded.Intersect(NotableAssemblies, StringComparer.Ordinal).ToArray();
        Console.WriteLine($"assemblies loaded: {loaded.Length}; code-generation assemblies among them: {(codeGeneration.Length == 0 ? "none" : string.Join(", ", codeGeneration))}; notable: {(notable.Length == 0 ? "none" : string.Join(", ", notable))} (--why shows who loads them)");
        Console.WriteLine("  " + string.Join(", ", loaded));
        return codeGeneration.Length == 0 ? 0 : 1;
    }

    private static T Step<T>(string what, Func<T> step)
    {
        var jit = JitInfo.GetCompiledMethodCount();
        var stopwatch = Stopwatch.StartNew();
        var result = step();
        stopwatch.Stop();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{what}: {stopwatch.Elapsed.TotalMilliseconds:F2} ms, {JitInfo.GetCompiledMethodCount() - jit} methods JIT-compiled"));
        return result;
    }
}
