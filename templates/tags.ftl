<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title="Articles about " + tag_label description="Articles about " + tag_label + " from " + clinic.name + ".">
<h1>Articles about ${tag_label}</h1>
<#list tag_articles as a>
<@layout.teaser a=a/>
</#list>
<p><a href="/tags/">All topics</a></p>
</@layout.page>
