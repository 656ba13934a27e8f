<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=(page_number == 1)?then(site.title, site.title + ", page " + page_number) description=site.description>
<h1><#if page_number == 1>Latest articles<#else>Articles, page ${page_number} of ${page_count}</#if></h1>
<#list page_articles as a>
<@layout.teaser a=a/>
<#else>
<p>No articles yet.</p>
</#list>
<#if page_count gt 1>
<nav class="pager" aria-label="More articles">
  <#if prev_url??><a href="${prev_url}" rel="prev">Newer articles</a></#if>
  <span>Page ${page_number} of ${page_count}</span>
  <#if next_url??><a href="${next_url}" rel="next">Older articles</a></#if>
</nav>
</#if>
</@layout.page>
