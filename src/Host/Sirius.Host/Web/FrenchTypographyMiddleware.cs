using System.Text;
using Sirius.BuildingBlocks;

namespace Sirius.Host.Web;

/// <summary>
/// The apprentice's pages (under <see cref="AnsweringPages"/>, read on phones) leave with French typography in their
/// text (<see cref="FrenchTypography.ApplyToHtml"/>): the questionnaire's texts and the pages are written with ordinary
/// spaces, and a sign such as « ? » would otherwise start a line on its own on a narrow screen.
/// </summary>
public static class FrenchTypographyMiddleware
{
    public const string AnsweringPages = "/q";

    public static IApplicationBuilder UseFrenchTypography(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(AnsweringPages), answering => answering.Use(async (context, next) =>
        {
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next();
            }
            finally
            {
                context.Response.Body = original;
            }

            buffer.Position = 0;
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                && context.Response.Headers.ContentEncoding.Count == 0)
            {
                var html = FrenchTypography.ApplyToHtml(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                var bytes = Encoding.UTF8.GetBytes(html);
                context.Response.ContentLength = bytes.Length;
                await original.WriteAsync(bytes, context.RequestAborted);
            }
            else
            {
                await buffer.CopyToAsync(original, context.RequestAborted);
            }
        }));
}
