using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Migrationsverwaltung.Api.Views.Dashboard;

/// <summary>
/// Writes HTML (and the inline SVG in it). Every text and attribute value goes through the HTML encoder; only tag
/// and attribute names, which are constants of this code, are written as they are. German letters stay readable.
/// </summary>
internal sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _out = new();

    public Html Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _out.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _out.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
            }
        }
        _out.Append('>');
        return this;
    }

    public Html Close(string tag)
    {
        _out.Append("</").Append(tag).Append('>');
        return this;
    }

    public Html Text(string? text)
    {
        _out.Append(Encoder.Encode(text ?? ""));
        return this;
    }

    /// <summary>An element holding only text: <c>&lt;td data-count="3"&gt;3&lt;/td&gt;</c>.</summary>
    public Html Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>An element without content (void in HTML, self-closed in SVG).</summary>
    public Html Empty(string tag, params (string Name, string? Value)[] attributes)
    {
        Open(tag, attributes);
        _out.Insert(_out.Length - 1, " /");
        return this;
    }

    /// <summary>Markup this code wrote itself as a constant (doctype); never data.</summary>
    public Html Constant(string markup)
    {
        _out.Append(markup);
        return this;
    }

    public override string ToString() => _out.ToString();
}
