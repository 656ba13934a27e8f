<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>${site.host}/</loc><#if articles?has_content><lastmod>${last_modified_iso}</lastmod></#if></url>
<#list articles as a>
  <url><loc>${a.absolute_url}</loc><lastmod>${a.modified_iso}</lastmod></url>
</#list>
<#list info_pages as p>
  <url><loc>${p.absolute_url}</loc><lastmod>${p.modified_iso}</lastmod></url>
</#list>
<#list index_pages as u>
  <url><loc>${site.host}${u}</loc></url>
</#list>
  <url><loc>${site.host}/archive.html</loc></url>
  <url><loc>${site.host}/tags/</loc></url>
<#list all_tags as t>
  <url><loc>${site.host}${t.url}</loc></url>
</#list>
</urlset>
