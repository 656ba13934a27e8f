<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">
  <title>${site.title}</title>
  <subtitle>${site.description}</subtitle>
  <id>${site.host}/</id>
  <link rel="alternate" type="text/html" href="${site.host}/"/>
  <link rel="self" type="application/atom+xml" href="${site.host}/feed.xml"/>
  <updated><#if articles?has_content>${last_modified_iso}T00:00:00Z<#else>2000-01-01T00:00:00Z</#if></updated>
  <author><name>${clinic.name}</name></author>
<#list articles[0..*20] as a>
  <entry>
    <title>${a.title}</title>
    <link rel="alternate" type="text/html" href="${a.absolute_url}"/>
    <id>${a.absolute_url}</id>
    <published>${a.date_iso}T00:00:00Z</published>
    <updated>${a.modified_iso}T00:00:00Z</updated>
    <summary>${a.summary}</summary>
    <#list a.tags as t><category term="${t.label}"/></#list>
  </entry>
</#list>
</feed>
