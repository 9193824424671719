using System.Reflection;

namespace AutoimmuneResistance;

/// <summary>Reads the version that manifests record for the core library and for modules.</summary>
public static class LibraryVersion
{
    /// <summary>Gets the core library's version (for example <c>0.1.0</c>).</summary>
    public static string Core { get; } = Of(typeof(LibraryVersion).Assembly);

    /// <summary>
    /// Returns an assembly's informational version without the source-revision suffix (<c>+&lt;commit&gt;</c>), so
    /// that manifests stay identical across rebuilds of the same version. Read once per module, at start-up.
    /// </summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The version text.</returns>
    public static string Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
