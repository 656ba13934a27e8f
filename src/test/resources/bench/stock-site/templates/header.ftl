<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title><#if (content.title)??><#escape x as x?xml>${content.title}</#escape><#else>Clinic blog</#if></title>
</head>
<body>
<nav><a href="${content.rootpath!""}index.html">Home</a> <a href="${content.rootpath!""}archive.html">Archive</a> <a href="${content.rootpath!""}feed.xml">Feed</a></nav>
<main>
