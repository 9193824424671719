using System.Diagnostics.CodeAnalysis;

namespace AutoimmuneResistance;

/// <summary>
/// One formatter in the shape .NET Interactive's convention expects: the type it formats, its MIME type and a
/// <c>Format</c> method that writes an instance and says whether it did.
/// </summary>
internal sealed class NotebookFormatter(Type type, string mimeType, Func<object, TextWriter, bool> format)
{
    /// <summary>The MIME type of HTML output.</summary>
    public const string Html = "text/html";

    /// <summary>The MIME type of plain-text output.</summary>
    public const string PlainText = "text/plain";

    /// <summary>Gets the type this formatter formats.</summary>
    public Type Type { get; } = type;

    /// <summary>Gets the MIME type this formatter writes.</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>Writes <paramref name="instance"/> to <paramref name="writer"/>.</summary>
    /// <returns><see langword="true"/> when the instance was written; <see langword="false"/> when it is not of <see cref="Type"/>.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return instance is not null && Type.IsInstanceOfType(instance) && format(instance, writer);
    }
}

/// <summary>
/// The notebook formatters of an identifier: the identifier's text, HTML-escaped for <c>text/html</c>, instead of a
/// nested table of its members.
/// </summary>
/// <typeparam name="TId">The identifier type.</typeparam>
internal sealed class IdentifierFormatterSource<TId>
    where TId : struct, IIdentifier<TId>
{
    /// <summary>Creates the formatters (called by .NET Interactive).</summary>
    /// <returns>An HTML and a plain-text formatter.</returns>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The convention calls it on an instance.")]
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new NotebookFormatter(typeof(TId), NotebookFormatter.Html, static (value, writer) =>
        {
            NotebookHtml.Text(writer, ((TId)value).Value);
            return true;
        }),
        new NotebookFormatter(typeof(TId), NotebookFormatter.PlainText, static (value, writer) =>
        {
            writer.Write(((TId)value).Value);
            return true;
        }),
    ];
}

/// <summary>
/// The notebook formatter of an assessment, a verdict, a finding, a manifest or a cohort result: HTML written by
/// <see cref="NotebookHtml"/>.
/// </summary>
/// <typeparam name="T">The formatted type.</typeparam>
internal sealed class HtmlFormatterSource<T>
    where T : class
{
    /// <summary>Creates the formatter (called by .NET Interactive).</summary>
    /// <returns>One HTML formatter.</returns>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The convention calls it on an instance.")]
    public IEnumerable<object> CreateTypeFormatters() =>
        [new NotebookFormatter(typeof(T), NotebookFormatter.Html, NotebookHtml.Write)];
}
