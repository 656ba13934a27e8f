<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title="Topics" description="Every topic on " + site.title + ".">
<h1>Topics</h1>
<ul class="topic-list">
<#list all_tags as t>
  <li><a href="${t.url}">${t.label}</a> <span class="count">(${t.count})</span></li>
</#list>
</ul>
</@layout.page>
