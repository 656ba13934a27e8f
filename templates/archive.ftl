<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title="All articles" description="Every article on " + site.title + ", newest first.">
<h1>All articles</h1>
<#assign year = "">
<#list articles as a>
<#if a.date_iso[0..3] != year>
<#if year != ""></ul></#if>
<#assign year = a.date_iso[0..3]>
<h2>${year}</h2>
<ul class="archive">
</#if>
  <li><time datetime="${a.date_iso}">${a.date_display}</time>: <a href="${a.url}">${a.title}</a></li>
</#list>
<#if year != ""></ul></#if>
</@layout.page>
